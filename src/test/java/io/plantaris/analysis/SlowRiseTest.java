package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.insole.Side;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.MotionVariation;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A low rise drawn out over 8 s climbs 1-2 degrees a second, under the rate the analysis calls
 * still: the standing level followed it up and the rise was never seen. (How such a rep is timed by
 * the rise rate, its hold merged into a long rise, is another matter: docs/phases.md.)
 */
class SlowRiseTest {
  @ParameterizedTest
  @EnumSource(
      value = LayoutKind.class,
      names = {"IMU_ONLY", "MOTICON16_IMU"})
  void aLowRiseDrawnOutOverEightSecondsIsCounted(LayoutKind layout) {
    SimulationResult sim =
        VirtualInsole.simulate(
            Scenario.CLEAN_SET
                .builder(41)
                .layout(layout)
                .workingSide(Side.LEFT)
                .fullPitchDegrees(13)
                .motion(MotionVariation.WIDE)
                .actualTempo(new Tempo(8000, 2000, 3000))
                .targetReps(8)
                .build());
    Collect c = Collect.run(sim.recording());

    assertThat(sim.truth().allReps()).hasSize(8);
    assertThat(c.reps).hasSize(8);
    assertThat(c.sets).singleElement().extracting(SetSummary::repCount).isEqualTo(8);
  }
}
