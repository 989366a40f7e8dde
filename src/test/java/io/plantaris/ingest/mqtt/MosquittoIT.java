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
      pub.connect(Devices.descriptor(0x11L), 30_000);
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
      Thread.sleep(3000); // no reconnect loop brings it up
      assertThat(source.connected()).isFalse();
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
