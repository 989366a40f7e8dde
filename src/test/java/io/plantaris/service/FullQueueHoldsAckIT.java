package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.Prescription;
import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.WireFrames;
import io.plantaris.ingest.mqtt.EmbeddedBroker;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's "the service never acknowledges a message it did not queue", through a real broker: an
 * insole sends a set as fast as the broker takes it into a service whose queue holds one message
 * and whose analysis is slowed down by a slow live-page listener. A message that finds the queue
 * full waits for room before its PUBACK, so the broker holds the rest back: nothing is dropped and
 * the reps are those of the offline analysis.
 */
class FullQueueHoldsAckIT {
  private static final Path RECORDING = Path.of("samples", "clean-set.plw");

  @TempDir Path tmp;

  @Test
  void aFullQueueHoldsThePubackInsteadOfDroppingTheMessage() throws Exception {
    OfflineReps offline = OfflineReps.of(RECORDING);
    long frames = WireFrames.split(offline.wire()).size();
    int port = freePort();
    List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    AtomicLong slowed = new AtomicLong();
    IngestConfig oneMessageQueue =
        new IngestConfig(
            1,
            1,
            IngestConfig.DEFAULT_MERGE_HOLDBACK_MILLIS,
            IngestConfig.DEFAULT_LAYOUT_WAIT_MILLIS,
            Map.of(),
            Prescription.rathleff(),
            AnalysisConfig.defaults());
    DeviceStats stats;
    try (EmbeddedBroker broker =
        new EmbeddedBroker(EmbeddedBrokerConfig.of(port, tmp.resolve("broker")))) {
      broker.start();
      MqttEndpoint endpoint = MqttEndpoint.plain("127.0.0.1", port);
      try (IngestService service = new IngestService(oneMessageQueue)) {
        service.addListener(
            new SessionListener() {
              @Override
              public void onRep(RepVerdict v) {
                reps.add(v);
              }
            });
        service.addSampleListener(
            s -> {
              slowed.incrementAndGet();
              try {
                Thread.sleep(2); // a slow live page: the worker falls behind the broker
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
        service.addSource(
            new MqttFrameSource(MqttSourceConfig.of(endpoint).withClientId("full-queue")));
        try (MqttInsoleBridge insole = new MqttInsoleBridge(MqttPublisherConfig.of(endpoint))) {
          ReplaySource r = ReplaySource.ofWire(List.of(offline.wire()), 0);
          r.start(insole);
          r.awaitDone();
          long deadline = System.nanoTime() + 120_000_000_000L;
          while (service.devices().stream().mapToLong(d -> d.framesOk()).sum() < frames) {
            assertThat(System.nanoTime()).as("all frames decoded in 120 s").isLessThan(deadline);
            Thread.sleep(50);
          }
        }
        stats = service.devices().iterator().next();
      }
    }
    assertThat(slowed.get()).as("the slow listener ran").isPositive();
    assertThat(stats.droppedChunks()).as("messages dropped by the service").isZero();
    assertThat(stats.framesOk()).isEqualTo(frames);
    assertThat(stats.link().lostFrames()).isZero();
    assertThat(reps.stream().map(v -> OfflineReps.signature(v.rep())).toList())
        .isEqualTo(offline.signatures());
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
