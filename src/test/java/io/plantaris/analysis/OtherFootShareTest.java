package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.WideCases;
import io.plantaris.sim.GroundTruth.RepTruth;
import io.plantaris.sim.RepSide;
import org.junit.jupiter.api.Test;

/**
 * Two insoles with cells, a single-leg set, one rep done on both legs: the free foot, resting on
 * its toes before, comes down and rises with the working one. Its share of the load is read over
 * its rep, not from when its tracker first saw it rise (on its toes, carrying next to nothing), so
 * the rep is one rep on both legs, not the working foot's alone with "weight on the other foot".
 */
class OtherFootShareTest {
  @Test
  void theFreeFootJoiningARepMakesItTwoLegged() {
    // wide seeds 20166 and 20551: 8 cells on both feet, flat floor; the free foot's rep read 0.87
    // of the load on the working foot, was dropped as carrying next to nothing, and the rep went
    // out as the working foot's with WEIGHT_ON_OTHER_FOOT
    for (long seed : new long[] {20_166, 20_551}) {
      EvalCase c = WideCases.generate(seed);
      assertThat(c.name()).as("seed %d", seed).contains("force8").endsWith("floor");
      Collect got = Collect.run(c);
      RepTruth t =
          c.truth().allReps().stream().filter(x -> x.side() == RepSide.BOTH).findFirst().get();
      RepEvent r = got.repAt(t);
      assertThat(r.flags()).as("seed %d", seed).contains(RepFlag.TWO_LEGGED);
      assertThat(r.flags()).as("seed %d", seed).doesNotContain(RepFlag.WEIGHT_ON_OTHER_FOOT);
    }
  }
}
