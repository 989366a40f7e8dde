package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.insole.Side;
import io.plantaris.sim.DomainVariation;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.MotionVariation;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A slow set on pressure cells alone, on a flat floor: the centre of pressure reaches its peak when
 * the heel is off and stays there through the hold and most of the lowering, over 11 s at 5-3-5.
 * Those reps were given up as "on the toes too long" after 8 s and not counted. With sway at the
 * top the centre of pressure keeps moving for seconds after the heel is off, and the flat-floor
 * timing model called such a rep a step of walking (its heel unloading "too slow"): a slow, swaying
 * person lost a third of her reps.
 */
class SlowTempoPressureTest {
  @ParameterizedTest
  @EnumSource(
      value = LayoutKind.class,
      names = {"FORCE3", "FORCE8", "MOTICON16"})
  void aSlowFiveThreeFiveSetIsCountedWholeOnPressureAlone(LayoutKind layout) {
    Tempo slow = new Tempo(5000, 3000, 5000);
    Prescription rx = Prescription.rathleff().withTempo(slow);
    SimulationResult sim =
        VirtualInsole.simulate(
            Scenario.CLEAN_SET
                .builder(31)
                .layout(layout)
                .workingSide(Side.RIGHT)
                .prescription(rx)
                .targetReps(8)
                .build());
    Collect c = Collect.run(sim.recording(), rx);

    assertThat(sim.truth().allReps()).hasSize(8);
    assertThat(c.reps).hasSize(8);
    assertThat(c.reps).allSatisfy(r -> assertThat(r.tensionMillis()).isGreaterThan(9000));
  }

  @ParameterizedTest
  @EnumSource(
      value = LayoutKind.class,
      names = {"FORCE3", "FORCE8", "MOTICON16"})
  void aSlowSetSwayingAtTheTopIsCountedWholeOnPressureAlone(LayoutKind layout) {
    Prescription rx = Prescription.rathleff().withTempo(new Tempo(5000, 3000, 5000));
    SimulationResult sim =
        VirtualInsole.simulate(
            Scenario.CLEAN_SET
                .builder(33)
                .layout(layout)
                .workingSide(Side.RIGHT)
                .prescription(rx)
                .targetReps(8)
                .bodyMassKg(95)
                .motion(new MotionVariation(0, 3.0, 0.5, 3.0))
                .domain(new DomainVariation(1, 0, 0.45, 0, false, 0))
                .build());
    Collect c = Collect.run(sim.recording(), rx);

    assertThat(sim.truth().allReps()).hasSize(8);
    assertThat(c.reps).as("reps counted of 8 slow, swaying ones").hasSize(8);
  }
}
