package io.plantaris.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compose stack's Mosquitto configuration and ACL on a real Mosquitto (paths and ports moved
 * into a temporary folder, nothing else changed): anonymous clients are refused, an insole's data
 * reaches the service only under its own topics, an insole cannot take the service's client id, and
 * the healthcheck's loopback listener answers.
 */
class ComposeMosquittoIT {
  private static final String SERVICE_PASSWORD = "service-secret-for-this-test";
  private static final String DEVICE_PASSWORD = "device-secret-for-this-test";

  @TempDir Path dir;

  private ComposeMosquitto mosquitto;
  private int port;
  private int healthPort;

  @AfterEach
  void stop() throws InterruptedException {
    if (mosquitto != null) {
      mosquitto.close();
    }
  }

  private void start() throws Exception {
    mosquitto =
        ComposeMosquitto.start(
            dir, Map.of("PL-0001-L", DEVICE_PASSWORD, "plantaris-service", SERVICE_PASSWORD));
    port = mosquitto.port();
    healthPort = mosquitto.healthPort();
  }

  private Mqtt5BlockingClient client(String clientId, String user, String password) {
    var b = Mqtt5Client.builder().identifier(clientId).serverHost("127.0.0.1").serverPort(port);
    if (user != null) {
      b =
          b.simpleAuth()
              .username(user)
              .password(password.getBytes(StandardCharsets.UTF_8))
              .applySimpleAuth();
    }
    return b.buildBlocking();
  }

  @Test
  void insolesDeliverUnderTheirOwnTopicsOnlyAndNobodyIsAnonymous() throws Exception {
    start();
    assertThatThrownBy(() -> client("anon", null, null).connect())
        .as("anonymous refused")
        .hasMessageContaining("NOT_AUTHORIZED");
    assertThatThrownBy(() -> client("PL-0001-L", "PL-0001-L", "wrong").connect())
        .hasMessageMatching(".*CONNACK.*(NOT_AUTHORIZED|BAD_USER_NAME_OR_PASSWORD).*");

    Mqtt5BlockingClient service =
        client("plantaris-service", "plantaris-service", SERVICE_PASSWORD);
    service.connect();
    try (Mqtt5BlockingClient.Mqtt5Publishes publishes =
        service.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL)) {
      service.subscribeWith().topicFilter("plantaris/v1/+/data").qos(MqttQos.AT_LEAST_ONCE).send();
      // the insole asks for the service's client id: Mosquitto gives it its user name instead
      Mqtt5BlockingClient insole = client("plantaris-service", "PL-0001-L", DEVICE_PASSWORD);
      insole.connect();
      insole
          .publishWith()
          .topic("plantaris/v1/PL-0001-L/data")
          .payload(new byte[] {1})
          .qos(MqttQos.AT_LEAST_ONCE)
          .send();
      assertThatThrownBy(
              () ->
                  insole
                      .publishWith()
                      .topic("plantaris/v1/PL-0002-L/data")
                      .payload(new byte[] {2})
                      .qos(MqttQos.AT_LEAST_ONCE)
                      .send())
          .as("the ACL refuses another insole's topic")
          .hasMessageContaining("PUBACK");

      Optional<Mqtt5Publish> first = publishes.receive(5, TimeUnit.SECONDS);
      assertThat(first).isPresent();
      assertThat(first.get().getTopic().toString()).isEqualTo("plantaris/v1/PL-0001-L/data");
      assertThat(publishes.receive(2, TimeUnit.SECONDS))
          .as("a publish under another insole's topic is not delivered")
          .isEmpty();
      assertThat(service.getState().isConnected())
          .as("the service's session was not taken over")
          .isTrue();
      insole.disconnect();
    }
    service.disconnect();
  }

  @Test
  void theHealthcheckListenerAnswersAnonymouslyWithTheBrokersUptimeOnly() throws Exception {
    start();
    Mqtt5BlockingClient health =
        Mqtt5Client.builder()
            .identifier("healthcheck")
            .serverHost("127.0.0.1")
            .serverPort(healthPort)
            .buildBlocking();
    health.connect();
    try (Mqtt5BlockingClient.Mqtt5Publishes publishes =
        health.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL)) {
      health.subscribeWith().topicFilter("$SYS/broker/uptime").send();
      health.subscribeWith().topicFilter("plantaris/v1/#").send();
      Mqtt5BlockingClient insole = client("PL-0001-L", "PL-0001-L", DEVICE_PASSWORD);
      insole.connect();
      insole
          .publishWith()
          .topic("plantaris/v1/PL-0001-L/data")
          .payload(new byte[] {1})
          .qos(MqttQos.AT_LEAST_ONCE)
          .send();
      // $SYS topics are published every 10 s
      Optional<Mqtt5Publish> got = publishes.receive(20, TimeUnit.SECONDS);
      assertThat(got).isPresent();
      assertThat(got.get().getTopic().toString()).isEqualTo("$SYS/broker/uptime");
      assertThat(new String(got.get().getPayloadAsBytes(), StandardCharsets.UTF_8))
          .contains("seconds");
      assertThat(publishes.receive(1, TimeUnit.SECONDS)).as("no insole data there").isEmpty();
      insole.disconnect();
    }
    health.disconnect();
  }
}
