package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.mqtt.Mosquitto;
import io.plantaris.insole.Track;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One contract, every source: the same recording streamed over a serial cable (socat pty pair),
 * over MQTT through the embedded broker and through a real Mosquitto, and replayed from the file
 * gives the same reps with the same phase durations and the same verdicts as the offline analysis
 * of the file.
 */
class SourceContractIT {
  private static final Path RECORDING = Path.of("samples", "faults-set.plw");
  private static byte[] wire;
  private static Track track;
  private static List<String> expected;

  @TempDir Path tmp;

  @BeforeAll
  static void offlineAnalysis() throws Exception {
    OfflineReps offline = OfflineReps.of(RECORDING);
    wire = offline.wire();
    track = offline.track();
    expected = offline.signatures();
    assertThat(expected)
        .as("the recording holds reps with and without faults")
        .hasSizeGreaterThan(8);
  }

  @Test
  void replayFromFile() throws Exception {
    assertSameReps(LiveFeeds.replay(wire));
  }

  @Test
  void serialThroughAPseudoTerminalPair() throws Exception {
    LiveFeeds.serial(tmp, wire, track.size(), SourceContractIT::assertSameReps);
  }

  @Test
  void mqttThroughTheEmbeddedBroker() throws Exception {
    LiveFeeds.embeddedBroker(tmp, "contract", wire, track.size(), SourceContractIT::assertSameReps);
  }

  @Test
  void mqttThroughARealMosquitto() throws Exception {
    try (Mosquitto mosquitto = new Mosquitto(tmp)) {
      assertSameReps(LiveFeeds.mqtt(mosquitto.plain(), "contract-m", wire, track.size()));
    }
  }

  private static void assertSameReps(LiveFeeds.Feed feed) throws Exception {
    List<RepVerdict> live = new CopyOnWriteArrayList<>();
    try (IngestService service = new IngestService(IngestConfig.defaults())) {
      service.addListener(
          new SessionListener() {
            @Override
            public void onRep(RepVerdict v) {
              live.add(v);
            }
          });
      feed.into(service);
      LiveFeeds.awaitSamples(service, track.size());
    }
    assertThat(live.stream().map(v -> OfflineReps.signature(v.rep())).toList()).isEqualTo(expected);
  }
}
