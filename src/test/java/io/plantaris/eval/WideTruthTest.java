package io.plantaris.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepFlag;
import io.plantaris.sim.GroundTruth.RepTruth;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The widened simulator's truth: its verdicts are the ones its own phase times give. */
class WideTruthTest {
  private static final Set<RepFlag> TEMPO =
      EnumSet.of(RepFlag.TOO_FAST_UP, RepFlag.HOLD_TOO_SHORT, RepFlag.TOO_FAST_DOWN);

  @Test
  void everyTempoFlagOfTheTruthFollowsItsPhaseTimesAtTheMarks() {
    int reps = 0;
    for (EvalCase c : WideCases.generate(20_000, 20_009)) {
      var rx = Evaluator.prescriptionOf(c.truth());
      double keep = 1 - rx.tempoTolerance();
      for (RepTruth t : c.truth().allReps()) {
        Set<RepFlag> want = EnumSet.noneOf(RepFlag.class);
        if (t.holdStartMillis() - t.upStartMillis() < keep * rx.upMillis()) {
          want.add(RepFlag.TOO_FAST_UP);
        }
        if (t.downStartMillis() - t.holdStartMillis() < keep * rx.holdMillis()) {
          want.add(RepFlag.HOLD_TOO_SHORT);
        }
        if (t.downEndMillis() - t.downStartMillis() < keep * rx.downMillis()) {
          want.add(RepFlag.TOO_FAST_DOWN);
        }
        Set<RepFlag> got = EnumSet.noneOf(RepFlag.class);
        t.flags().stream().filter(TEMPO::contains).forEach(got::add);
        assertThat(got).as("%s rep at %d ms", c.name(), t.upStartMillis()).isEqualTo(want);
        reps++;
      }
    }
    assertThat(reps).as("reps in 10 widened sessions").isGreaterThan(80);
  }
}
