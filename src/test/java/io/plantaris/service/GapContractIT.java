package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import io.plantaris.ingest.WireFrames;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import io.plantaris.protocol.LinkStats;
import io.plantaris.protocol.WireTrackReader;
import io.plantaris.sim.TimedBytes;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live/offline promise with a damaged link: a recording with lost frames, corrupted bytes and
 * frames delivered out of order gives, rep by rep and set by set, the same reps, phase times and
 * verdicts through {@code analyze} as through the replay, a serial cable (socat pty pair) and MQTT
 * (embedded broker). The holes are in the bytes, so every path must see the same ones.
 */
class GapContractIT {
  private static final Path RECORDING = Path.of("samples", "faults-set.plw");
  private static byte[] wire;
  private static Track track;
  private static List<String> expectedReps;
  private static List<String> expectedSets;

  @TempDir Path tmp;

  @BeforeAll
  static void offlineAnalysisOfTheDamagedBytes() throws Exception {
    byte[] clean = Files.readAllBytes(RECORDING);
    wire = damage(WireFrames.split(clean));
    WireTrackReader.Result read = WireTrackReader.read(wire);
    track = read.track();
    LinkStats link = read.link();
    assertThat(link.gaps()).as("frames lost or corrupted: %s", link).isGreaterThanOrEqualTo(6);
    List<String> reps = new ArrayList<>();
    List<String> sets = new ArrayList<>();
    PersonAnalyzer.analyze(
        new Recording(List.of(track)),
        Prescription.rathleff(),
        io.plantaris.analysis.AnalysisConfig.defaults(),
        Side.UNKNOWN,
        new AnalysisListener() {
          @Override
          public void onRep(RepEvent rep) {
            reps.add(OfflineReps.signature(rep));
          }

          @Override
          public void onSet(SetSummary set) {
            sets.add(setSignature(set));
          }
        });
    expectedReps = List.copyOf(reps);
    expectedSets = List.copyOf(sets);
    List<String> whole = OfflineReps.of(RECORDING).signatures();
    assertThat(expectedReps)
        .as("the damage changes the analysis: damaged %s, whole %s", expectedReps, whole)
        .isNotEqualTo(whole)
        .hasSizeGreaterThan(whole.size() / 2);
  }

  @Test
  void replay() throws Exception {
    assertSameRepsAndSets(LiveFeeds.replay(wire));
  }

  @Test
  void serialThroughAPseudoTerminalPair() throws Exception {
    LiveFeeds.serial(tmp, wire, track.size(), GapContractIT::assertSameRepsAndSets);
  }

  @Test
  void mqttThroughTheEmbeddedBroker() throws Exception {
    LiveFeeds.embeddedBroker(
        tmp, "gap-contract", wire, track.size(), GapContractIT::assertSameRepsAndSets);
  }

  /**
   * Three frames lost mid-rep in four places, a byte flipped in four frames (each then fails its
   * CRC), and four pairs of frames swapped. The first frames (descriptor) are left alone.
   */
  static byte[] damage(List<TimedBytes> frames) {
    List<byte[]> out = new ArrayList<>();
    for (TimedBytes f : frames) {
      out.add(f.bytes());
    }
    int n = out.size();
    for (int k = 1; k <= 4; k++) {
      int at = n * k / 5;
      byte[] f = out.get(at + 7);
      f[f.length / 2] = (byte) (f[f.length / 2] == (byte) 0x5A ? 0x3C : 0x5A); // never 0x00
      byte[] a = out.get(at + 40);
      out.set(at + 40, out.get(at + 41));
      out.set(at + 41, a);
      for (int i = 0; i < 3; i++) {
        out.set(at + 80 + i, new byte[0]);
      }
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    out.forEach(b::writeBytes);
    return b.toByteArray();
  }

  private static void assertSameRepsAndSets(LiveFeeds.Feed feed) throws Exception {
    List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    List<SetFinished> sets = new CopyOnWriteArrayList<>();
    try (IngestService service = new IngestService(IngestConfig.defaults())) {
      service.addListener(
          new SessionListener() {
            @Override
            public void onRep(RepVerdict v) {
              reps.add(v);
            }

            @Override
            public void onSet(SetFinished s) {
              sets.add(s);
            }
          });
      feed.into(service);
      LiveFeeds.awaitSamples(service, track.size());
    }
    assertThat(reps.stream().map(v -> OfflineReps.signature(v.rep())).toList())
        .isEqualTo(expectedReps);
    assertThat(sets.stream().map(s -> setSignature(s.summary())).toList()).isEqualTo(expectedSets);
  }

  private static String setSignature(SetSummary s) {
    return String.format(
        "set %d: %d reps, %d valid, %d ms under tension",
        s.setIndex(), s.repCount(), s.validReps(), s.timeUnderTensionMillis());
  }
}
