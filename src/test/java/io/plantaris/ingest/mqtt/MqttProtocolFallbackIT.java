package io.plantaris.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.general.MqttVersion;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import io.plantaris.protocol.Frame;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code protocol: auto} against a broker that refuses MQTT 5 for the service (HiveMQ CE with an
 * authenticator answering UNSUPPORTED_PROTOCOL_VERSION), as a 3.1.1-only broker would.
 */
class MqttProtocolFallbackIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path dir;

  /** Refuses MQTT 5 CONNECTs of clients whose id starts with {@code svc-}. */
  static final class RefuseMqtt5 implements ExtensionMain {
    @Override
    public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
      SimpleAuthenticator auth =
          (input, output) -> {
            var connect = input.getConnectPacket();
            if (connect.getMqttVersion() == MqttVersion.V_5
                && connect.getClientId().startsWith("svc-")) {
              output.failAuthentication(
                  ConnackReasonCode.UNSUPPORTED_PROTOCOL_VERSION, "3.1.1 only");
            } else {
              output.authenticateSuccessfully();
            }
          };
      Services.securityRegistry().setAuthenticatorProvider(i -> auth);
    }

    @Override
    public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {}
  }

  @Test
  void autoFallsBackToMqtt311WhenTheBrokerRefusesMqtt5() throws Exception {
    EmbeddedExtension refuse =
        EmbeddedExtension.builder()
            .withId("refuse-mqtt5")
            .withName("refuse MQTT 5")
            .withVersion("1")
            .withExtensionMain(new RefuseMqtt5())
            .build();
    CollectingSink sink = new CollectingSink();
    try (EmbeddedBroker broker =
        new EmbeddedBroker(EmbeddedBrokerConfig.of(Poll.freePort(), dir.resolve("b")), refuse)) {
      broker.start();
      try (MqttFrameSource source =
              new MqttFrameSource(
                  MqttSourceConfig.of(broker.endpoint()).withClientId("svc-fallback"));
          MqttDevicePublisher device =
              new MqttDevicePublisher(MqttPublisherConfig.of(broker.endpoint()), "PL-F")) {
        source.start(sink);
        Poll.until(WAIT, source::connected, () -> "connected; last error " + source.lastError());
        assertThat(source.protocolInUse()).contains(MqttProtocol.V3);

        device.connect(Devices.descriptor("PL-F", 0xF0L), 30_000);
        for (int seq = 1; seq <= 20; seq++) {
          device.publishData(Devices.data(seq, 1));
        }
        Poll.until(
            WAIT,
            () -> sink.frames("mqtt:PL-F").size() >= 21,
            () -> "" + sink.frames("mqtt:PL-F").size());
        assertThat(sink.frames("mqtt:PL-F").stream().skip(1).map(Frame::sequence))
            .containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
      }
    }
  }
}
