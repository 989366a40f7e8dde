package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.sim.GroundTruth.RepTruth;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.SimulationConfig;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A quick rise into a hold where the foot sways while balancing: smoothed, the rise's last
 * deceleration runs into the sway, and a hold start read at the rate's noise floor came up to 0.6 s
 * late, turning holds just over the limit into HOLD_TOO_SHORT.
 */
class FastRiseHoldTest {
  /** Hold start and hold duration within this of the performed ones, every rep. */
  private static final long TOL_MS = 100;

  @ParameterizedTest
  @EnumSource(
      value = LayoutKind.class,
      names = {"MOTICON16_IMU", "IMU_ONLY"})
  void holdAfterQuickRiseIsTimedFromTheEndOfTheRise(LayoutKind layout) {
    // 1.5 s up (too fast), 1.8 s hold: 300 ms above the limit (2 s less 25%)
    for (long seed = 1; seed <= 6; seed++) {
      SimulationResult sim =
          VirtualInsole.simulate(
              SimulationConfig.builder()
                  .seed(seed)
                  .layout(layout)
                  .sets(1)
                  .targetReps(8)
                  .actualTempo(new Tempo(1500, 1800, 3000))
                  .tempoVariation(0.05)
                  .build());
      Collect c = Collect.run(sim.recording(), Prescription.rathleff());
      List<RepTruth> truth = sim.truth().allReps();

      assertThat(c.reps).as("seed %d", seed).hasSize(truth.size());
      for (int i = 0; i < truth.size(); i++) {
        RepEvent r = c.reps.get(i);
        RepTruth t = truth.get(i);
        assertThat(r.holdStartMicros() / 1000)
            .as("seed %d rep %d hold start", seed, i)
            .isCloseTo(t.holdStartMillis(), within(TOL_MS));
        assertThat(r.holdMillis())
            .as("seed %d rep %d hold", seed, i)
            .isCloseTo(t.downStartMillis() - t.holdStartMillis(), within(TOL_MS));
        assertThat(r.flags()).as("seed %d rep %d", seed, i).containsExactly(RepFlag.TOO_FAST_UP);
      }
    }
  }
}
