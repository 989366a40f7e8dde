package io.plantaris.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Config values, topic names and backoff delays of the MQTT adapter. */
class MqttConfigTest {

  @Test
  void backoffDoublesFromHalfASecondUpToTenSeconds() {
    assertThat(IntStream.rangeClosed(1, 8).mapToLong(MqttBackoff.DEFAULT::delayMillis).toArray())
        .containsExactly(500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000);
    assertThat(MqttBackoff.DEFAULT.delayMillis(10_000)).isEqualTo(10_000);
  }

  @Test
  void topicsFollowProtocolSection5() {
    MqttTopics t = new MqttTopics(MqttTopics.DEFAULT_PREFIX);
    assertThat(t.topic("PL-0001", MqttTopics.DATA)).isEqualTo("plantaris/v1/PL-0001/data");
    assertThat(t.filter(MqttTopics.STATE)).isEqualTo("plantaris/v1/+/state");
    assertThat(t.parse("plantaris/v1/PL-0001/descriptor"))
        .contains(new MqttTopics.Parsed("PL-0001", "descriptor"));
    assertThat(t.parse("plantaris/v2/PL-0001/data")).isEmpty();
    assertThat(t.parse("plantaris/v1/PL-0001/data/extra")).isEmpty();
    assertThatThrownBy(() -> t.topic("a/b", MqttTopics.DATA)).hasMessageContaining("a/b");
  }

  @Test
  void protocolOptionAcceptsAutoFiveAndThree() {
    assertThat(MqttProtocol.parse("auto")).isEqualTo(MqttProtocol.AUTO);
    assertThat(MqttProtocol.parse("5")).isEqualTo(MqttProtocol.V5);
    assertThat(MqttProtocol.parse(" 3 ")).isEqualTo(MqttProtocol.V3);
    assertThatThrownBy(() -> MqttProtocol.parse("4")).hasMessageContaining("auto, 5 or 3");
  }

  @Test
  void sourceDefaultsAreNamedAndPasswordsStayOutOfLogs() {
    MqttSourceConfig c = MqttSourceConfig.defaults();
    assertThat(c.endpoint().uri()).isEqualTo("tcp://localhost:1883");
    assertThat(c.clientId()).isEqualTo("plantaris-service");
    assertThat(c.sessionExpirySeconds()).isEqualTo(3600);
    assertThat(c.protocol()).isEqualTo(MqttProtocol.AUTO);
    assertThat(c.topicPrefix()).isEqualTo("plantaris/v1");
    MqttEndpoint secret = c.endpoint().withCredentials("svc", "hunter2");
    assertThat(secret.toString()).contains("svc").doesNotContain("hunter2");
  }

  @Test
  void badSettingsFailWithTheirName() {
    assertThatThrownBy(() -> MqttEndpoint.plain("localhost", 0)).hasMessageContaining("port");
    assertThatThrownBy(() -> new MqttEndpoint("h", 1883, MqttTls.NONE, null, "pw"))
        .hasMessageContaining("without a username");
    assertThatThrownBy(() -> new MqttTopics("plantaris/#")).hasMessageContaining("prefix");
    assertThatThrownBy(() -> new MqttBackoff(1000, 500)).hasMessageContaining("backoff");
  }

  @Test
  void publisherRefusesDataBeyond32FramesOr8KiB() {
    MqttDevicePublisher p =
        new MqttDevicePublisher(
            MqttPublisherConfig.of(MqttEndpoint.plain("localhost", 1883)), "PL-LIMIT");
    assertThatThrownBy(() -> p.publishData(Devices.data(0, 33))).hasMessageContaining("33 frames");
    assertThatThrownBy(() -> p.publishData(new byte[] {1, 2, 3}))
        .hasMessageContaining("whole frames");
  }
}
