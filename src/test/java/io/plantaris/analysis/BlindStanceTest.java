package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
import io.plantaris.sim.GroundTruth.SetTruth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a pressure insole cannot see a heel raise (3 zones, heel over a step edge; a zone that
 * stopped reporting) the analysis says so for the time it stood there, instead of counting nothing
 * in silence; where it can see one, it says nothing of the kind.
 */
class BlindStanceTest {
  private static Collect analyse(EvalCase c) {
    Collect got = new Collect();
    PersonAnalyzer.analyze(
        c.recording(), Evaluator.prescriptionOf(c.truth()), AnalysisConfig.defaults(), null, got);
    return got;
  }

  private static long blindMillisDuring(List<BlindStance> blind, SetTruth s) {
    long ms = 0;
    for (BlindStance b : blind) {
      ms +=
          Math.max(
              0,
              Math.min(s.endMillis(), b.toMicros() / 1000)
                  - Math.max(s.startMillis(), b.fromMicros() / 1000));
    }
    return ms;
  }

  @Test
  void threeZonesWithTheHeelOverAStepEdgeSayTheyCannotSeeTheSet() {
    // wide seed 20054: 3 zones, heel over a step edge, 11 reps; the forefoot zone carries the
    // whole load from the bottom to the top of every rep, so none was counted, and nothing said why
    EvalCase c = WideCases.generate(20_054);
    assertThat(c.name()).contains("force3").contains("step");
    Collect got = analyse(c);
    assertThat(got.blind).isNotEmpty();
    assertThat(got.blind).allMatch(b -> b.reason() == BlindStance.Reason.STEP_EDGE);
    for (SetTruth s : c.truth().sets()) {
      assertThat(blindMillisDuring(got.blind, s))
          .as("set %d", s.index())
          .isGreaterThan((s.endMillis() - s.startMillis()) * 9 / 10);
    }
  }

  @Test
  void sixteenCellsOnAStepEdgeSeeTheRepsAndSayNothing() {
    // wide seed 20048: 16 cells, heel over a step edge: the load moves from the ball of the foot
    // onto the toes cells, which a 16-cell insole tells apart
    EvalCase c = WideCases.generate(20_048);
    assertThat(c.name()).contains("moticon16 ").contains("step");
    Collect got = analyse(c);
    assertThat(got.blind).isEmpty();
    assertThat(got.reps).hasSizeGreaterThanOrEqualTo(c.truth().allReps().size() - 2);
  }

  @Test
  void sixteenCellsThatSeeTooLittleOverAStepEdgeSaySo() {
    // wide seed 20068: 16 cells, heel over a step edge, no towel: the load shifts from the ball of
    // the foot onto the toes by about 2 mm of centre of pressure, under the sway on the toes, and
    // none of the 10 reps was counted, in silence
    EvalCase c = WideCases.generate(20_068);
    assertThat(c.name()).contains("moticon16 ").endsWith("step");
    Collect got = analyse(c);
    assertThat(got.reps).isEmpty();
    assertThat(got.blind).isNotEmpty();
    assertThat(got.blind).allMatch(b -> b.reason() == BlindStance.Reason.EDGE_UNSEEN);
    SetTruth s = c.truth().sets().get(0);
    assertThat(blindMillisDuring(got.blind, s))
        .isGreaterThan((s.endMillis() - s.startMillis()) / 2);
  }

  @Test
  void sixteenCellsOnAFlatFloorWithSwayAtTheTopSayNothing() {
    // wide seed 20103: 16 cells, flat floor, sway at the top of every rep: the heel stood loaded
    // before the first, so its top is a rep's, not a heel hanging over an edge
    EvalCase c = WideCases.generate(20_103);
    assertThat(c.name()).contains("moticon16 ").endsWith("floor");
    assertThat(analyse(c).blind).isEmpty();
  }

  @Test
  void threeZonesOnAFlatFloorSayNothing() {
    EvalCase c = WideCases.generate(20_064);
    assertThat(c.name()).contains("force3 floor");
    Collect got = analyse(c);
    assertThat(got.blind).isEmpty();
    assertThat(got.reps).hasSizeGreaterThanOrEqualTo(c.truth().allReps().size() - 1);
  }

  @Test
  void aHeelZoneThatStoppedReportingIsSaidForTheRestOfTheRecording() {
    // wide seed 20169: 3 zones on a flat floor, the heel zone stops reporting during set 1; its
    // load guessed from its usual share made the heel look loaded through every rep (1 of 20)
    EvalCase c = WideCases.generate(20_169);
    assertThat(c.name()).contains("force3").contains("dead-cell-1");
    Collect got = analyse(c);
    assertThat(got.blind).isNotEmpty();
    assertThat(got.blind).allMatch(b -> b.reason() == BlindStance.Reason.ZONE_SILENT);
    SetTruth last = c.truth().sets().get(c.truth().sets().size() - 1);
    assertThat(blindMillisDuring(got.blind, last))
        .isGreaterThan((last.endMillis() - last.startMillis()) * 9 / 10);
  }
}
