package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
import org.junit.jupiter.api.Test;

/** A heel dip joins the halves of one rep, never two whole reps with a short rest between. */
class HeelDipLimitTest {
  @Test
  void twoRepsWithAShortRestOnAThreeZoneInsoleStayTwoReps() {
    // wide seed 20124: 3 zones on a flat floor; two reps were joined into one 21 s "rep" with
    // the heel loaded at the top
    EvalCase c = WideCases.generate(20_124);
    assertThat(c.name()).contains("force3");
    Prescription rx = Evaluator.prescriptionOf(c.truth());
    Collect got = new Collect();
    PersonAnalyzer.analyze(c.recording(), rx, AnalysisConfig.defaults(), null, got);
    assertThat(got.reps).isNotEmpty();
    for (RepEvent r : got.reps) {
      assertThat(r.tensionMillis())
          .as("set %d rep %d", r.setIndex(), r.repIndex())
          .isLessThanOrEqualTo(2 * rx.tempo().repMillis());
    }
    assertThat(got.reps).hasSizeGreaterThanOrEqualTo(c.truth().allReps().size() - 2);
  }
}
