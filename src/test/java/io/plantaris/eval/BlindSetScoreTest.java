package io.plantaris.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.AnalysisConfig;
import org.junit.jupiter.api.Test;

/**
 * A set the insole said it could not see is scored apart, as an uncertain verdict is: not an exact
 * count, not a missed rep, and the report says how many there were.
 */
class BlindSetScoreTest {
  @Test
  void aSetTheInsoleCannotSeeIsCountedApartAndReported() {
    // wide seed 20054: 3 zones, heel over a step edge, one set of 11 reps, none countable
    EvalCase blind = WideCases.generate(20_054);
    // wide seed 20064: 3 zones on a flat floor, seen whole
    EvalCase seen = WideCases.generate(20_064);
    Evaluator e = new Evaluator(AnalysisConfig.defaults());
    e.add(blind);
    e.add(seen);
    EvalReport r = e.report();

    assertThat(r.blindSets()).isEqualTo(blind.truth().sets().size());
    assertThat(r.blindReps()).isEqualTo(blind.truth().allReps().size());
    assertThat(r.sets()).isEqualTo(seen.truth().sets().size());
    assertThat(r.truthReps()).isEqualTo(seen.truth().allReps().size());
    assertThat(r.countMisses()).anyMatch(m -> m.contains("20054") && m.contains("cannot see"));
    assertThat(r.format())
        .contains(
            "not countable, the insole said it cannot see: 1 sets of "
                + blind.truth().allReps().size()
                + " reps");
  }
}
