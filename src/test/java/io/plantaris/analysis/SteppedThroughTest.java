package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.SimulatedCases;
import io.plantaris.eval.WideCases;
import io.plantaris.sim.GroundTruth.RepTruth;
import org.junit.jupiter.api.Test;

/**
 * A lunge seen by the rear foot's insole alone: it shared the load, took all of it for a moment
 * (the front foot swinging forward), and gave most of it up as its heel came up fast (the front
 * foot planted). No rep. A heel raise whose free foot is lifted just before it, or that leans onto
 * the other foot as it rises slowly, is still one.
 */
class SteppedThroughTest {
  private static Collect analyse(EvalCase c) {
    Collect got = new Collect();
    PersonAnalyzer.analyze(
        c.recording(), Evaluator.prescriptionOf(c.truth()), AnalysisConfig.defaults(), null, got);
    return got;
  }

  @Test
  void lungesOnOneInsoleWithCellsAreNoReps() {
    // wide seeds 20105 and 20140 (16 cells and an IMU, one insole) and 20144 (3 zones): 3, 3 and
    // 1 of their lunges were counted, as two-legged reps (the load fell as the heel rose)
    for (long seed : new long[] {20_105, 20_140, 20_144}) {
      EvalCase c = WideCases.generate(seed);
      assertThat(c.name()).as("seed %d", seed).contains("not-a-heel-raise");
      assertThat(c.recording().tracks()).as("seed %d", seed).hasSize(1);
      assertThat(analyse(c).reps).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void heelRaisesWithTheSameLoadPatternButASlowRiseStillCount() {
    // each shared the load, took it all just before the rise and gave much of it up during it:
    // a free foot put down to take weight (1109, 20279) or a bounce off the previous rep (20086),
    // all rising over 1.7-8 s, and all counted
    assertCounted(SimulatedCases.generate(1109), 83_654);
    assertCounted(WideCases.generate(20_279), 261_252);
    assertCounted(WideCases.generate(20_086), 44_695);
  }

  private static void assertCounted(EvalCase c, long upStartMillis) {
    RepTruth t =
        c.truth().allReps().stream()
            .filter(r -> r.upStartMillis() == upStartMillis)
            .findFirst()
            .orElseThrow();
    long tFrom = t.upStartMillis() * 1000;
    long tTo = t.downEndMillis() * 1000;
    assertThat(analyse(c).reps)
        .as("%s rep at %d ms", c.name(), upStartMillis)
        .anySatisfy(
            r ->
                assertThat(Math.min(tTo, r.downEndMicros()) - Math.max(tFrom, r.upStartMicros()))
                    .isGreaterThan((tTo - tFrom) * 3 / 10));
  }
}
