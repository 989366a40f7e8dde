package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.sim.GroundTruth.RepTruth;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two insoles, a single-leg set with one rep done on both legs: the resting foot comes down from
 * its toes and goes back onto them, so its own rep ends late; the rep is timed from the working
 * leg, and the next rep's settled bottom is not taken for a bounce.
 */
class TwoLeggedTimingTest {
  /** Phase boundaries of the two-legged rep within this of the performed ones. */
  private static final long TOL_MS = 150;

  @ParameterizedTest
  @EnumSource(
      value = LayoutKind.class,
      names = {"MOTICON16_IMU", "FORCE8"})
  void twoLeggedRepIsTimedFromTheWorkingLeg(LayoutKind layout) {
    for (long seed = 1; seed <= 30; seed++) {
      SimulationResult sim =
          VirtualInsole.simulate(Scenario.TWO_INSOLES.builder(seed).layout(layout).build());
      Collect c = Collect.run(sim.recording(), Prescription.rathleff());
      List<RepTruth> truth = sim.truth().allReps();
      assertThat(c.reps).as("seed %d", seed).hasSize(truth.size());
      for (int i = 0; i < truth.size(); i++) {
        RepTruth t = truth.get(i);
        RepEvent r = c.reps.get(i);
        if (t.flags().contains(RepFlag.TWO_LEGGED)) {
          assertThat(r.side()).as("seed %d rep %d", seed, i).isEqualTo(RepSide.BOTH);
          assertThat(r.upStartMicros() / 1000)
              .as("seed %d rep %d up start", seed, i)
              .isCloseTo(t.upStartMillis(), within(TOL_MS));
          assertThat(r.downEndMicros() / 1000)
              .as("seed %d rep %d down end", seed, i)
              .isCloseTo(t.downEndMillis(), within(TOL_MS));
        }
        assertThat(r.flags().contains(RepFlag.BOUNCE))
            .as("seed %d rep %d bounce", seed, i)
            .isEqualTo(t.flags().contains(RepFlag.BOUNCE));
      }
    }
  }
}
