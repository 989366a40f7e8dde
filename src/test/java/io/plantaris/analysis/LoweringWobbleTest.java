package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
import org.junit.jupiter.api.Test;

/**
 * A wobble in the last quarter of a slow lowering is not a second rep: after a rep, a rise climbs
 * from the lowest point the lowering reached.
 */
class LoweringWobbleTest {
  @Test
  void swayAtTheEndOfSlowLoweringsMakesNoExtraReps() {
    // wide seed 20182: IMU only, towel, 5-3-5 drawn out to 15-20 s a rep, sway through the
    // lowering; four lowerings each ended in a second fast, partial "rep" (14 counted of 10)
    EvalCase c = WideCases.generate(20_182);
    assertThat(c.name()).contains("imu-only");
    Prescription rx = Evaluator.prescriptionOf(c.truth());
    Collect got = new Collect();
    PersonAnalyzer.analyze(c.recording(), rx, AnalysisConfig.defaults(), null, got);

    assertThat(got.reps).hasSize(c.truth().allReps().size());
    for (RepEvent r : got.reps) {
      assertThat(r.tensionMillis())
          .as("set %d rep %d", r.setIndex(), r.repIndex())
          .isGreaterThan(rx.tempo().repMillis() / 2);
    }
  }
}
