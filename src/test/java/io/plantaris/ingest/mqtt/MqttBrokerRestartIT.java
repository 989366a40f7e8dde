package io.plantaris.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.LinkState;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.MessageType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Broker restart mid-stream: the device keeps publishing into its client buffer while the broker is
 * down; every frame the broker acknowledged must reach the service, once after dedup by sequence.
 */
class MqttBrokerRestartIT {
  private static final Logger log = LoggerFactory.getLogger(MqttBrokerRestartIT.class);
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String KEY = "mqtt:PL-R";

  @TempDir Path dir;

  @Test
  void everyAcknowledgedFrameArrivesOnceAfterTheBrokerRestarts() throws Exception {
    int before = 100;
    int during = 100;
    CollectingSink sink = new CollectingSink();
    try (EmbeddedBroker broker =
        new EmbeddedBroker(EmbeddedBrokerConfig.of(Poll.freePort(), dir.resolve("broker")))) {
      broker.start();
      MqttFrameSource source =
          new MqttFrameSource(MqttSourceConfig.of(broker.endpoint()).withClientId("svc-restart"));
      MqttDevicePublisher device =
          new MqttDevicePublisher(MqttPublisherConfig.of(broker.endpoint()), "PL-R");
      try (source;
          device) {
        source.start(sink);
        Poll.until(WAIT, source::connected, () -> "source connected");
        device.connect(Devices.descriptor("PL-R", 0x7E57L), 30_000);
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (int seq = 1; seq <= before; seq++) {
          acks.add(device.publishData(Devices.data(seq, 1)));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        broker.stop();
        Poll.until(
            WAIT, () -> !source.connected() && !device.connected(), () -> "both disconnected");
        for (int seq = before + 1; seq <= before + during; seq++) {
          acks.add(device.publishData(Devices.data(seq, 1)));
        }
        long pendingWhileDown = acks.stream().filter(f -> !f.isDone()).count();
        broker.start();

        Set<Integer> acked = new TreeSet<>();
        for (int i = 0; i < acks.size(); i++) {
          try {
            acks.get(i).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            acked.add(i + 1);
          } catch (Exception e) {
            log.warn("frame {} not acknowledged by the broker: {}", i + 1, e.toString());
          }
        }
        Poll.until(
            WAIT,
            () -> dataSequences(sink).containsAll(acked),
            () -> "received " + new TreeSet<>(dataSequences(sink)).size() + " of " + acked.size());

        List<Integer> received =
            sink.frames(KEY).stream()
                .filter(f -> f.type() == MessageType.SAMPLES)
                .map(Frame::sequence)
                .toList();
        Set<Integer> distinct = new TreeSet<>(received);
        log.info(
            "restart: published {}, pending while broker down {}, acknowledged {}, received {},"
                + " distinct {}, duplicates {}",
            acks.size(),
            pendingWhileDown,
            acked.size(),
            received.size(),
            distinct.size(),
            received.size() - distinct.size());

        assertThat(pendingWhileDown).isEqualTo(during);
        assertThat(acked).hasSize(before + during);
        assertThat(distinct).isEqualTo(acked);
        assertThat(source.connected()).as("source reconnected by itself").isTrue();
        assertThat(sink.states(KEY)).contains(LinkState.RECONNECTING);
        Poll.until(
            WAIT, () -> sink.lastState(KEY) == LinkState.ONLINE, () -> "" + sink.states(KEY));
      }
    }
  }

  private static List<Integer> dataSequences(CollectingSink sink) {
    return sink.frames(KEY).stream()
        .filter(f -> f.type() == MessageType.SAMPLES)
        .map(Frame::sequence)
        .toList();
  }
}
