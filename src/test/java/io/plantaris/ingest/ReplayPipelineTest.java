package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import io.plantaris.protocol.WireTrackReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The live pipeline, fed by a replay, reaches the same verdicts as the offline analysis. */
class ReplayPipelineTest {

  @Test
  void replayOfOneInsoleGivesTheOfflineVerdicts() throws Exception {
    assertLiveEqualsOffline(List.of(Path.of("samples/faults-set.plw")));
  }

  @Test
  void replayOfTwoInsolesOfOnePersonGivesTheOfflineVerdicts() throws Exception {
    assertLiveEqualsOffline(
        List.of(Path.of("samples/two-insoles.left.plw"), Path.of("samples/two-insoles.right.plw")));
  }

  private static void assertLiveEqualsOffline(List<Path> files) throws Exception {
    List<byte[]> wires = new ArrayList<>();
    List<io.plantaris.insole.Track> tracks = new ArrayList<>();
    for (Path f : files) {
      byte[] wire = Files.readAllBytes(f);
      wires.add(wire);
      tracks.add(WireTrackReader.read(wire).track());
    }
    List<RepEvent> offline = new ArrayList<>();
    List<SetSummary> offlineSets = new ArrayList<>();
    PersonAnalyzer.analyze(
        new Recording(tracks),
        Prescription.rathleff(),
        AnalysisConfig.defaults(),
        Side.UNKNOWN,
        new AnalysisListener() {
          @Override
          public void onRep(RepEvent rep) {
            offline.add(rep);
          }

          @Override
          public void onSet(SetSummary set) {
            offlineSets.add(set);
          }
        });

    List<RepVerdict> live = new CopyOnWriteArrayList<>();
    List<SetFinished> liveSets = new CopyOnWriteArrayList<>();
    try (IngestService service = new IngestService(IngestConfig.defaults())) {
      service.addListener(
          new SessionListener() {
            @Override
            public void onRep(RepVerdict v) {
              live.add(v);
            }

            @Override
            public void onSet(SetFinished s) {
              liveSets.add(s);
            }
          });
      ReplaySource replay = ReplaySource.ofWire(wires, 0);
      service.addSource(replay);
      replay.awaitDone();
    }

    assertThat(offline).as("the sample holds reps").isNotEmpty();
    assertThat(live).hasSameSizeAs(offline);
    for (int i = 0; i < offline.size(); i++) {
      RepEvent o = offline.get(i);
      RepEvent l = live.get(i).rep();
      assertThat(l.flags()).as("rep %d flags", i + 1).isEqualTo(o.flags());
      assertThat(l.side()).isEqualTo(o.side());
      assertThat(l.upMillis()).as("rep %d up", i + 1).isCloseTo(o.upMillis(), within(20));
      assertThat(l.holdMillis()).as("rep %d hold", i + 1).isCloseTo(o.holdMillis(), within(20));
      assertThat(l.downMillis()).as("rep %d down", i + 1).isCloseTo(o.downMillis(), within(20));
    }
    assertThat(liveSets).hasSameSizeAs(offlineSets);
    assertThat(live).allSatisfy(v -> assertThat(v.personId()).isEqualTo(live.get(0).personId()));
  }

  private static org.assertj.core.data.Offset<Long> within(long ms) {
    return org.assertj.core.data.Offset.offset(ms);
  }
}
