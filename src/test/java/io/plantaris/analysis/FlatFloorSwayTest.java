package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
import org.junit.jupiter.api.Test;

/**
 * On a flat floor a heel raise with the centre of pressure wobbling at the top is not a step of
 * walking: where the rep's own curve first and last stood near its peak separates the unloading
 * from the reloading, and the rep counts. Where even that leaves the heel's unloading slower than
 * the flat-floor model knows (a slow rise with sway), the heel still came off the floor, and the
 * rep counts with its spans capped at the prescribed tempo's.
 */
class FlatFloorSwayTest {
  @Test
  void swayAtTheTopOfFlatFloorRepsDoesNotLoseThem() {
    // wide seed 20103: 16 cells, no IMU, flat floor, two sets of 10 with sway at the top; the
    // rate alone called the unloading of seven reps too slow for a heel raise (13 counted of 20),
    // the marks of their own curve still six of them (14 of 20)
    EvalCase c = WideCases.generate(20_103);
    assertThat(c.name()).contains("moticon16").endsWith("floor");
    Prescription rx = Evaluator.prescriptionOf(c.truth());
    Collect got = new Collect();
    PersonAnalyzer.analyze(c.recording(), rx, AnalysisConfig.defaults(), null, got);

    assertThat(got.reps).hasSize(20);
    for (RepEvent r : got.reps) {
      long startMs = r.upStartMicros() / 1000;
      long endMs = r.downEndMicros() / 1000;
      // one of the truth's: it covers most of a truth rep, and starts within 1.5 s of it
      assertThat(c.truth().allReps())
          .as("rep at %d ms is one of the truth's", startMs)
          .anyMatch(
              t ->
                  Math.min(t.downEndMillis(), endMs) - Math.max(t.upStartMillis(), startMs)
                          > 0.7 * (t.downEndMillis() - t.upStartMillis())
                      && Math.abs(t.upStartMillis() - startMs) < 1500);
    }
  }
}
