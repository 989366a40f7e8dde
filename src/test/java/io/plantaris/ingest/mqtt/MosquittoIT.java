package io.plantaris.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.protocol.Frame;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MQTT source against Mosquitto 2.0 (the Debian package .ci/run installs): plain, password and
 * TLS listeners, a wrong password, and MQTT 3.1.1. Mosquitto 2.0.11 cannot restrict a listener to
 * 3.1.1 (accept_protocol_versions arrived in 2.1), so {@code protocol: 3} is tested explicitly here
 * and the automatic fallback in {@link MqttProtocolFallbackIT}.
 */
class MosquittoIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir static Path dir;
  private static Mosquitto mosquitto;

  @BeforeAll
  static void start() throws Exception {
    mosquitto = new Mosquitto(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    mosquitto.close();
  }

  /**
   * Source on {@code serviceSide}, device on the plain listener, 30 frames must arrive in order.
   */
  private static MqttFrameSource assertFramesFlow(MqttSourceConfig config, String device)
      throws Exception {
    CollectingSink sink = new CollectingSink();
    MqttFrameSource source = new MqttFrameSource(config);
    try (MqttDevicePublisher pub =
        new MqttDevicePublisher(MqttPublisherConfig.of(mosquitto.plain()), device)) {
      source.start(sink);
      Poll.until(
          WAIT, source::connected, () -> "connected; " + source.lastError() + mosquitto.log());
      pub.connect(Devices.descriptor(device, 0x11L), 30_000);
      for (int seq = 1; seq <= 30; seq++) {
        pub.publishData(Devices.data(seq, 1));
      }
      String key = "mqtt:" + device;
      Poll.until(
          WAIT, () -> sink.frames(key).size() >= 31, () -> "frames " + sink.frames(key).size());
      assertThat(sink.frames(key).stream().skip(1).map(Frame::sequence))
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
    } catch (Exception | AssertionError e) {
      source.close();
      throw e;
    }
    return source;
  }

  @Test
  void plainListenerDeliversFramesOverMqtt5() throws Exception {
    try (MqttFrameSource source =
        assertFramesFlow(
            MqttSourceConfig.of(mosquitto.plain()).withClientId("svc-plain"), "PL-P")) {
      assertThat(source.protocolInUse()).contains(MqttProtocol.V5);
    }
  }

  @Test
  void passwordListenerDeliversFramesWithTheRightPassword() throws Exception {
    MqttEndpoint e =
        MqttEndpoint.plain("127.0.0.1", mosquitto.passwordPort)
            .withCredentials(Mosquitto.USER, Mosquitto.PASSWORD);
    try (MqttFrameSource source =
        assertFramesFlow(MqttSourceConfig.of(e).withClientId("svc-pass"), "PL-U")) {
      assertThat(source.lastError()).isEmpty();
    }
  }

  @Test
  void wrongPasswordGivesAnAuthReasonAndNoCrash() throws Exception {
    MqttEndpoint e =
        MqttEndpoint.plain("127.0.0.1", mosquitto.passwordPort)
            .withCredentials(Mosquitto.USER, "wrong");
    CollectingSink sink = new CollectingSink();
    try (MqttFrameSource source =
        new MqttFrameSource(MqttSourceConfig.of(e).withClientId("svc-wrong"))) {
      source.start(sink); // returns normally: the service keeps running
      Poll.until(WAIT, () -> source.lastError().isPresent(), () -> "an error");
      assertThat(source.lastError().get())
          .contains("broker refused login")
          .containsAnyOf("NOT_AUTHORIZED", "BAD_USER_NAME_OR_PASSWORD");
      // it keeps trying with backoff (the password may be fixed on the broker), never gets in
      Poll.until(WAIT, () -> source.health().loginsRefused() >= 3, () -> "" + source.health());
      assertThat(source.connected()).isFalse();
      assertThat(source.health().connects()).isZero();
    }
  }

  /**
   * hivemq-mqtt-client rebuilds the CONNECT of an automatic reconnect from its builder's defaults:
   * credentials given only to the first connect were gone on the second, the broker refused it, and
   * the service stopped trying. Here the link is cut twice under a TLS + password listener.
   */
  @Test
  void credentialsAndTlsGoWithEveryReconnect() throws Exception {
    try (TcpRelay relay = new TcpRelay(mosquitto.tlsPasswordPort)) {
      MqttEndpoint e =
          new MqttEndpoint(
              "localhost",
              relay.port(),
              MqttTls.caCert(mosquitto.caCert),
              Mosquitto.USER,
              Mosquitto.PASSWORD);
      CollectingSink sink = new CollectingSink();
      try (MqttFrameSource source =
              new MqttFrameSource(MqttSourceConfig.of(e).withClientId("svc-reconnect"));
          MqttDevicePublisher pub =
              new MqttDevicePublisher(MqttPublisherConfig.of(mosquitto.plain()), "PL-RC")) {
        source.start(sink);
        Poll.until(WAIT, source::connected, () -> source.health() + mosquitto.log());
        for (int cut = 1; cut <= 2; cut++) {
          long before = source.health().connects();
          relay.cut();
          Poll.until(
              WAIT,
              () -> source.health().connects() > before && source.connected(),
              () -> source.health() + mosquitto.log());
        }
        pub.connect(Devices.descriptor("PL-RC", 0x12L), 30_000);
        for (int seq = 1; seq <= 10; seq++) {
          pub.publishData(Devices.data(seq, 1));
        }
        Poll.until(
            WAIT,
            () -> sink.frames("mqtt:PL-RC").size() >= 11,
            () -> "frames " + sink.frames("mqtt:PL-RC").size());
        assertThat(source.health().connects()).isEqualTo(3);
        assertThat(source.health().loginsRefused()).as("reconnects refused").isZero();
      }
    }
  }

  @Test
  void tlsListenerDeliversFramesTrustingTheTestCa() throws Exception {
    MqttEndpoint e =
        new MqttEndpoint(
            "localhost", mosquitto.tlsPort, MqttTls.caCert(mosquitto.caCert), null, null);
    try (MqttFrameSource source =
        assertFramesFlow(MqttSourceConfig.of(e).withClientId("svc-tls"), "PL-T")) {
      assertThat(source.name()).isEqualTo("mqtt ssl://localhost:" + mosquitto.tlsPort);
    }
  }

  @Test
  void explicitMqtt311DeliversFrames() throws Exception {
    MqttSourceConfig c =
        MqttSourceConfig.of(mosquitto.plain()).withClientId("svc-v3").withProtocol(MqttProtocol.V3);
    try (MqttFrameSource source = assertFramesFlow(c, "PL-3")) {
      assertThat(source.protocolInUse()).contains(MqttProtocol.V3);
    }
  }
}
