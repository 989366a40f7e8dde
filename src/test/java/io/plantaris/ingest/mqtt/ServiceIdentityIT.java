package io.plantaris.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.plantaris.access.DeviceCredentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Device identity on the embedded HiveMQ with per-insole logins, attacked as a stolen insole would:
 * its own valid secret under the service's client id (whose persistent session receives every
 * insole's data) or under another insole's id is refused at CONNECT and counted, and the service
 * keeps its session. The service's credentials go with every reconnect, and a connected insole
 * whose secret is revoked is cut off.
 */
class ServiceIdentityIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String SERVICE_ID = "svc-identity";
  private static final String SERVICE_SECRET = "service-secret-of-this-run-0123";

  @TempDir Path dir;
  private DeviceCredentials creds;
  private DeviceAuthExtension auth;
  private EmbeddedBroker broker;

  @BeforeEach
  void startBroker() {
    creds = new DeviceCredentials(dir.resolve("device-credentials.json"));
    auth =
        new DeviceAuthExtension(
            creds::verify, SERVICE_SECRET, SERVICE_ID, MqttTopics.DEFAULT_PREFIX);
    broker =
        new EmbeddedBroker(
            EmbeddedBrokerConfig.of(Poll.freePort(), dir.resolve("broker")), auth.embedded());
    broker.start();
  }

  @AfterEach
  void stopBroker() {
    broker.close();
  }

  private MqttFrameSource service(CollectingSink sink) throws Exception {
    MqttEndpoint e =
        broker.endpoint().withCredentials(DeviceAuthExtension.SERVICE_USER, SERVICE_SECRET);
    MqttFrameSource source = new MqttFrameSource(MqttSourceConfig.of(e).withClientId(SERVICE_ID));
    source.start(sink);
    Poll.until(WAIT, source::connected, () -> "service connected: " + source.health());
    return source;
  }

  private MqttDevicePublisher device(String id, String secret) {
    return new MqttDevicePublisher(
        MqttPublisherConfig.of(broker.endpoint().withCredentials(id, secret)), id);
  }

  private Mqtt5BlockingClient client(String clientId) {
    return MqttClient.builder()
        .useMqttVersion5()
        .identifier(clientId)
        .serverHost("127.0.0.1")
        .serverPort(broker.endpoint().port())
        .buildBlocking();
  }

  private static void login(Mqtt5BlockingClient c, String user, String secret) {
    c.connectWith()
        .cleanStart(false)
        .sessionExpiryInterval(3600)
        .simpleAuth()
        .username(user)
        .password(secret.getBytes(StandardCharsets.UTF_8))
        .applySimpleAuth()
        .send();
  }

  @Test
  void aStolenInsoleCannotTakeTheServicesOrAnotherInsolesSession() throws Exception {
    String victim = creds.issue("PL-0001-L", Instant.parse("2026-12-01T10:00:00Z"));
    String thief = creds.issue("PL-0002-L", Instant.parse("2026-12-01T10:00:00Z"));
    CollectingSink sink = new CollectingSink();
    try (MqttFrameSource source = service(sink);
        MqttDevicePublisher insole = device("PL-0001-L", victim)) {
      assertThatThrownBy(() -> login(client(SERVICE_ID), "PL-0002-L", thief))
          .as("the thief's own secret under the service's client id")
          .hasMessageContaining("CLIENT_IDENTIFIER_NOT_VALID");
      assertThatThrownBy(() -> login(client("PL-0001-L"), "PL-0002-L", thief))
          .as("the thief's own secret under another insole's client id")
          .hasMessageContaining("CLIENT_IDENTIFIER_NOT_VALID");
      assertThat(auth.refusedConnects(LoginRefusal.RESERVED_CLIENT_ID)).isEqualTo(1);
      assertThat(auth.refusedConnects(LoginRefusal.CLIENT_ID_NOT_DEVICE_ID)).isEqualTo(1);

      // the service kept its session: the victim's frames after the attack reach it
      insole.connect(Devices.descriptor("PL-0001-L", 0x51L), 30_000);
      for (int seq = 1; seq <= 20; seq++) {
        insole.publishData(Devices.data(seq, 1));
      }
      Poll.until(
          WAIT,
          () -> sink.frames("mqtt:PL-0001-L").size() >= 21,
          () -> "frames " + sink.frames("mqtt:PL-0001-L").size());
      assertThat(source.health().connects()).as("the service was never thrown out").isEqualTo(1);
      assertThat(source.connected()).isTrue();
    }
  }

  @Test
  void theServicesCredentialsGoWithEveryReconnect() throws Exception {
    String secret = creds.issue("PL-0003-L", Instant.parse("2026-12-01T10:00:00Z"));
    CollectingSink sink = new CollectingSink();
    try (MqttFrameSource source = service(sink);
        MqttDevicePublisher insole = device("PL-0003-L", secret)) {
      insole.connect(Devices.descriptor("PL-0003-L", 0x52L), 30_000);
      broker.stop();
      broker.start();
      Poll.until(
          WAIT,
          () -> source.health().connects() >= 2 && source.connected() && insole.connected(),
          () -> "after the restart: " + source.health());
      for (int seq = 1; seq <= 20; seq++) {
        insole.publishData(Devices.data(seq, 1));
      }
      Poll.until(
          WAIT,
          () -> sink.frames("mqtt:PL-0003-L").stream().filter(f -> f.sequence() > 0).count() >= 20,
          () -> "frames " + sink.frames("mqtt:PL-0003-L").size());
      assertThat(auth.refusedConnects()).as("reconnects refused by the broker").isZero();
      assertThat(source.health().loginsRefused()).isZero();
    }
  }

  @Test
  void aServiceRefusedKeepsTryingAndCountsEachRefusal() throws Exception {
    MqttEndpoint e = broker.endpoint().withCredentials(DeviceAuthExtension.SERVICE_USER, "wrong");
    MqttSourceConfig c =
        new MqttSourceConfig(
            e,
            SERVICE_ID,
            MqttProtocol.V5,
            60,
            MqttTopics.DEFAULT_PREFIX,
            new MqttBackoff(100, 400),
            0);
    try (MqttFrameSource source = new MqttFrameSource(c)) {
      source.start(new CollectingSink());
      Poll.until(WAIT, () -> source.health().loginsRefused() >= 4, () -> "" + source.health());
      assertThat(source.connected()).isFalse();
      assertThat(source.health().lastError()).contains("BAD_USER_NAME_OR_PASSWORD");
      assertThat(auth.refusedConnects(LoginRefusal.BAD_CREDENTIALS)).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void aConnectedInsoleWhoseSecretIsRevokedIsCutOff() throws Exception {
    String secret = creds.issue("PL-0004-L", Instant.parse("2026-12-01T10:00:00Z"));
    CollectingSink sink = new CollectingSink();
    try (MqttFrameSource source = service(sink);
        MqttDevicePublisher insole = device("PL-0004-L", secret)) {
      insole.connect(Devices.descriptor("PL-0004-L", 0x53L), 30_000);
      assertThat(insole.connected()).isTrue();
      creds.revoke("PL-0004-L");
      Poll.until(WAIT, () -> auth.revokedDisconnects() == 1, () -> "not cut off");
      // it tries again with the old secret and is refused every time
      Poll.until(
          WAIT,
          () -> auth.refusedConnects(LoginRefusal.BAD_CREDENTIALS) >= 1 && !insole.connected(),
          () -> "refused " + auth.refusedConnects() + ", connected " + insole.connected());
      int before = sink.frames("mqtt:PL-0004-L").size();
      insole.publishData(Devices.data(1, 1));
      Thread.sleep(1_500);
      assertThat(sink.frames("mqtt:PL-0004-L")).as("frames after the revocation").hasSize(before);
    }
  }
}
