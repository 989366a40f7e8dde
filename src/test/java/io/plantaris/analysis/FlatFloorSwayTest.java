package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
import org.junit.jupiter.api.Test;

/**
 * On a flat floor a heel raise with the centre of pressure wobbling at the top is not a step of
 * walking: where the rep's own curve first and last stood near its peak separates the unloading
 * from the reloading, and the rep counts.
 */
class FlatFloorSwayTest {
  @Test
  void swayAtTheTopOfFlatFloorRepsDoesNotLoseThem() {
    // wide seed 20103: 16 cells, no IMU, flat floor, two sets of 10 with sway at the top; the
    // rate alone called the unloading of seven reps too slow for a heel raise (13 counted of 20)
    EvalCase c = WideCases.generate(20_103);
    assertThat(c.name()).contains("moticon16").endsWith("floor");
    Prescription rx = Evaluator.prescriptionOf(c.truth());
    Collect got = new Collect();
    PersonAnalyzer.analyze(c.recording(), rx, AnalysisConfig.defaults(), null, got);

    assertThat(got.reps).hasSizeGreaterThanOrEqualTo(14).hasSizeLessThanOrEqualTo(20);
    for (RepEvent r : got.reps) {
      long startMs = r.upStartMicros() / 1000;
      assertThat(c.truth().allReps())
          .as("rep at %d ms is one of the truth's", startMs)
          .anyMatch(t -> Math.abs(t.upStartMillis() - startMs) < 1000);
    }
  }
}
