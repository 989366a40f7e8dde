package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.exceptions.MqttClientStateException;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import io.plantaris.access.DeviceCredentials;
import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker with per-insole credentials: an insole with its own secret streams a set, a
 * wrong secret, no login or another insole's secret under the service's client id is refused at
 * CONNECT and counted by reason, and an insole with a valid secret cannot publish as another
 * insole.
 */
class DeviceCredentialsIT {
  private static final String DEVICE = "SIM-L-0001"; // the device in samples/clean-set.plw

  @TempDir Path tmp;
  private int port;

  @Test
  void onlyInsolesWithTheirOwnSecretGetTheirDataIn() throws Exception {
    DeviceCredentials creds = new DeviceCredentials(tmp.resolve("device-credentials.json"));
    String secret = creds.issue(DEVICE, Instant.parse("2026-11-24T10:00:00Z"));
    String otherSecret = creds.issue("SIM-R-0002", Instant.parse("2026-11-24T10:00:00Z"));
    port = freePort();
    MqttEndpoint broker = MqttEndpoint.plain("127.0.0.1", port);
    ServiceConfig cfg =
        ServiceConfig.defaults()
            .withBroker(
                EmbeddedBrokerConfig.of(port, tmp.resolve("broker"))
                    .withDeviceCredentials(creds.path()))
            .withMqtt(MqttSourceConfig.of(broker).withClientId("it-auth-service"))
            .withHttpPort(-1)
            .withStore(null);
    List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    SessionListener collect =
        new SessionListener() {
          @Override
          public void onRep(RepVerdict v) {
            reps.add(v);
          }
        };
    byte[] wire = Files.readAllBytes(Path.of("samples", "clean-set.plw"));
    try (PlantarisService service = PlantarisService.start(cfg, List.of(collect))) {
      // another insole's valid secret: connected, but every publish under DEVICE's topics denied
      Mqtt5BlockingClient impostor = client("SIM-R-0002"); // its own id: the broker admits no other
      impostor
          .connectWith()
          .simpleAuth()
          .username("SIM-R-0002")
          .password(otherSecret.getBytes(StandardCharsets.UTF_8))
          .applySimpleAuth()
          .send();
      String refusal = "";
      try {
        impostor
            .publishWith()
            .topic("plantaris/v1/" + DEVICE + "/data")
            .qos(MqttQos.AT_LEAST_ONCE)
            .payload(Arrays.copyOf(wire, 4096))
            .send();
      } catch (Mqtt5PubAckException e) {
        refusal = e.getMqttMessage().getReasonCode().name();
      }
      try {
        impostor.disconnect();
      } catch (MqttClientStateException e) {
        // the broker may already have closed the impostor's connection: fine either way
      }
      assertThat(refusal).as("the broker's answer to the impostor").isEqualTo("NOT_AUTHORIZED");
      Thread.sleep(1_000);
      assertThat(service.ingest().devices())
          .as("streams opened by an insole publishing under another insole's topics")
          .noneMatch(d -> d.streamKey().contains(DEVICE));

      for (String password : new String[] {"not-the-secret", null}) {
        var connect = client("wrong-" + password).connectWith();
        assertThatThrownBy(
                () ->
                    (password == null
                            ? connect
                            : connect
                                .simpleAuth()
                                .username(DEVICE)
                                .password(password.getBytes(StandardCharsets.UTF_8))
                                .applySimpleAuth())
                        .send())
            .hasMessageContaining("BAD_USER_NAME_OR_PASSWORD");
      }
      // a stolen insole's own secret under the service's client id: the session holding every
      // insole's data stays the service's
      assertThatThrownBy(
              () ->
                  client("it-auth-service")
                      .connectWith()
                      .cleanStart(false)
                      .simpleAuth()
                      .username("SIM-R-0002")
                      .password(otherSecret.getBytes(StandardCharsets.UTF_8))
                      .applySimpleAuth()
                      .send())
          .hasMessageContaining("CLIENT_IDENTIFIER_NOT_VALID");
      assertThat(service.registry().scrape())
          .as("refused logins counted by reason")
          .contains("plantaris_broker_logins_refused_total{reason=\"bad_credentials\"} 2.0")
          .contains("plantaris_broker_logins_refused_total{reason=\"reserved_client_id\"} 1.0")
          .contains("plantaris_mqtt_logins_refused_total 0.0");

      try (MqttInsoleBridge insole =
          new MqttInsoleBridge(MqttPublisherConfig.of(broker.withCredentials(DEVICE, secret)))) {
        ReplaySource replay = ReplaySource.ofWire(List.of(wire), 0);
        replay.start(insole);
        replay.awaitDone();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (reps.size() < 11 && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
      }
      assertThat(framesFrom(service, DEVICE)).isGreaterThan(2000);
    }
    assertThat(reps).as("the clean set's reps, sent with the insole's own secret").hasSize(11);
  }

  private Mqtt5BlockingClient client(String id) {
    return MqttClient.builder()
        .useMqttVersion5()
        .identifier(id)
        .serverHost("127.0.0.1")
        .serverPort(port)
        .buildBlocking();
  }

  private static long framesFrom(PlantarisService service, String device) {
    return service.ingest().devices().stream()
        .filter(d -> device.equals(d.deviceId()))
        .mapToLong(DeviceStats::framesOk)
        .sum();
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
