package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.WireFrames;
import io.plantaris.ingest.mqtt.EmbeddedBroker;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.protocol.WireTrackReader;
import io.plantaris.sim.TimedBytes;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's "every 50th message delivered after the next one", through a real broker: an insole
 * whose every 50th frame is published after the one behind it gives exactly the reps of the clean
 * recording, live and offline, and no frame is counted lost or dropped as late.
 */
class ReorderedDeliveryIT {
  private static final Path RECORDING = Path.of("samples", "clean-set.plw");

  @TempDir Path tmp;

  @Test
  void everyFiftiethMessageLateGivesTheCleanRecordingsReps() throws Exception {
    byte[] clean = Files.readAllBytes(RECORDING);
    List<String> expected = OfflineReps.of(RECORDING).signatures();
    byte[] reordered = everyFiftiethAfterTheNext(WireFrames.split(clean));
    assertThat(reordered).isNotEqualTo(clean);
    WireTrackReader.Result offline = WireTrackReader.read(reordered);
    assertThat(offline.link().lostFrames()).isZero();
    assertThat(offline.track()).isEqualTo(WireTrackReader.read(clean).track());

    int port = freePort();
    OfflineReps.Collector live = new OfflineReps.Collector();
    DeviceStats stats;
    try (EmbeddedBroker broker =
        new EmbeddedBroker(EmbeddedBrokerConfig.of(port, tmp.resolve("broker")))) {
      broker.start();
      MqttEndpoint endpoint = MqttEndpoint.plain("127.0.0.1", port);
      try (IngestService service = new IngestService(IngestConfig.defaults())) {
        service.addListener(live);
        service.addSource(
            new MqttFrameSource(MqttSourceConfig.of(endpoint).withClientId("reorder")));
        try (MqttInsoleBridge insole = new MqttInsoleBridge(MqttPublisherConfig.of(endpoint))) {
          ReplaySource r = ReplaySource.ofWire(List.of(reordered), 0);
          r.start(insole);
          r.awaitDone();
          awaitSamples(service, offline.track().size());
        }
        stats = service.devices().iterator().next();
        assertThat(service.sequenceLoss().warning()).as("no health warning").isEmpty();
      }
    }
    assertThat(live.signatures()).isEqualTo(expected);
    assertThat(stats.link().lostFrames()).as("%s", stats.link()).isZero();
    assertThat(stats.link().reordered()).isZero();
  }

  private static byte[] everyFiftiethAfterTheNext(List<TimedBytes> frames) {
    List<byte[]> out = new ArrayList<>();
    frames.forEach(f -> out.add(f.bytes()));
    for (int i = 50; i + 1 < out.size(); i += 50) {
      byte[] late = out.get(i);
      out.set(i, out.get(i + 1));
      out.set(i + 1, late);
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    out.forEach(b::writeBytes);
    return b.toByteArray();
  }

  private static void awaitSamples(IngestService service, int samples) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (service.devices().stream().mapToLong(d -> d.samplesOut()).sum() < samples) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the service did not decode all " + samples + " samples in 60 s");
      }
      Thread.sleep(50);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
