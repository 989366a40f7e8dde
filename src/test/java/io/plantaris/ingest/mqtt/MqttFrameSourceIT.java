package io.plantaris.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.LinkState;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.MessageType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MQTT source against an embedded HiveMQ CE broker and real device publishers. */
class MqttFrameSourceIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final long CONNECT_MILLIS = 30_000;

  @TempDir static Path dir;
  private static EmbeddedBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = new EmbeddedBroker(EmbeddedBrokerConfig.of(Poll.freePort(), dir.resolve("broker")));
    broker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  private static MqttFrameSource source(String clientId, CollectingSink sink) {
    MqttFrameSource source =
        new MqttFrameSource(MqttSourceConfig.of(broker.endpoint()).withClientId(clientId));
    source.start(sink);
    Poll.until(WAIT, source::connected, () -> "source connected, last error " + source.lastError());
    return source;
  }

  @Test
  void twoDevicesDeliverDescriptorThenEveryFrameInOrderWithoutMixing() throws Exception {
    CollectingSink sink = new CollectingSink();
    int messages = 150;
    int framesPerMessage = 3;
    try (MqttFrameSource source = source("svc-order", sink);
        MqttDevicePublisher a =
            new MqttDevicePublisher(MqttPublisherConfig.of(broker.endpoint()), "PL-A");
        MqttDevicePublisher b =
            new MqttDevicePublisher(MqttPublisherConfig.of(broker.endpoint()), "PL-B")) {
      a.connect(Devices.descriptor("PL-A", 0xAAAAL), CONNECT_MILLIS);
      b.connect(Devices.descriptor("PL-B", 0xBBBBL), CONNECT_MILLIS);
      List<CompletableFuture<Void>> acks = new ArrayList<>();
      for (int m = 0; m < messages; m++) {
        acks.add(a.publishData(Devices.data(1 + m * framesPerMessage, framesPerMessage)));
        acks.add(b.publishData(Devices.data(1001 + m * framesPerMessage, framesPerMessage)));
      }
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      int expected = 1 + messages * framesPerMessage;
      Poll.until(
          WAIT,
          () ->
              sink.frames("mqtt:PL-A").size() >= expected
                  && sink.frames("mqtt:PL-B").size() >= expected,
          () -> "A " + sink.frames("mqtt:PL-A").size() + ", B " + sink.frames("mqtt:PL-B").size());

      assertDevice(sink.frames("mqtt:PL-A"), 0xAAAAL, 1, messages * framesPerMessage);
      assertDevice(sink.frames("mqtt:PL-B"), 0xBBBBL, 1001, messages * framesPerMessage);
      assertThat(sink.decodeErrors()).isZero();
      assertThat(sink.lastState("mqtt:PL-A")).isEqualTo(LinkState.ONLINE);
      assertThat(sink.lastState("mqtt:PL-B")).isEqualTo(LinkState.ONLINE);
      assertThat(source.protocolInUse()).contains(MqttProtocol.V5);
    }
  }

  private static void assertDevice(List<Frame> frames, long bootId, int firstSeq, int dataFrames) {
    assertThat(frames).hasSize(1 + dataFrames);
    assertThat(frames.get(0).type()).isEqualTo(MessageType.DESCRIPTOR);
    assertThat(((Descriptor) frames.get(0).message()).bootId()).isEqualTo(bootId);
    assertThat(frames.subList(1, frames.size()).stream().map(Frame::sequence).toList())
        .containsExactlyElementsOf(
            IntStream.range(firstSeq, firstSeq + dataFrames).boxed().toList());
  }

  @Test
  void lastWillMarksDeviceOfflineAndReconnectMarksItOnlineAgain() throws Exception {
    CollectingSink sink = new CollectingSink();
    try (TcpRelay relay = new TcpRelay(broker.endpoint().port());
        MqttFrameSource source = source("svc-will", sink);
        MqttDevicePublisher device =
            new MqttDevicePublisher(
                MqttPublisherConfig.of(MqttEndpoint.plain("127.0.0.1", relay.port())), "PL-W")) {
      device.connect(Devices.descriptor("PL-W", 0x5EEDL), CONNECT_MILLIS);
      Poll.until(
          WAIT,
          () -> sink.lastState("mqtt:PL-W") == LinkState.ONLINE,
          () -> "" + sink.states("mqtt:PL-W"));

      relay.cut(); // TCP reset, no DISCONNECT: the broker must publish the Last Will

      Poll.until(
          WAIT,
          () -> sink.states("mqtt:PL-W").contains(LinkState.OFFLINE),
          () -> "states " + sink.states("mqtt:PL-W"));
      // the device client reconnects through the relay by itself and announces online again
      Poll.until(
          WAIT,
          () -> sink.lastState("mqtt:PL-W") == LinkState.ONLINE,
          () -> "states " + sink.states("mqtt:PL-W"));
      List<LinkState> states = sink.states("mqtt:PL-W");
      assertThat(states.indexOf(LinkState.OFFLINE)).isGreaterThan(states.indexOf(LinkState.ONLINE));
    }
  }
}
