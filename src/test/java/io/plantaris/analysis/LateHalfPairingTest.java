package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.WideCases;
import io.plantaris.sim.GroundTruth.RepTruth;
import io.plantaris.sim.RepSide;
import org.junit.jupiter.api.Test;

/**
 * A foot's rep held back by its heel-dip joiner (a quick descent that might be the first half of a
 * dipped rep) reaches the pairing of the two feet late, after the other foot's next rep is waiting
 * there: it goes out alone, and the waiting rep still pairs with this foot's next one.
 */
class LateHalfPairingTest {
  @Test
  void aRepOnBothLegsAfterAQuickDescentIsOneTwoLeggedRep() {
    // wide seeds 20116 and 20251: 8 cells on both feet, two-legged reps on a flat floor; the
    // right foot's rep before ended in a quick descent and was held back, and on its way out it
    // sent the left foot's waiting rep out alone: the next rep counted twice, once per foot
    for (long seed : new long[] {20_116, 20_251}) {
      EvalCase c = WideCases.generate(seed);
      assertThat(c.name()).as("seed %d", seed).contains("force8").endsWith("floor");
      Collect got = Collect.run(c);
      assertThat(got.reps).as("seed %d", seed).hasSameSizeAs(c.truth().allReps());
      for (RepTruth t : c.truth().allReps()) {
        if (t.side() != RepSide.BOTH) {
          continue;
        }
        long onIt =
            got.reps.stream()
                .filter(r -> Math.abs(r.upStartMicros() / 1000 - t.upStartMillis()) < 1500)
                .count();
        assertThat(onIt).as("seed %d, reps on the rep at %d ms", seed, t.upStartMillis()).isOne();
      }
    }
  }
}
