package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
import io.plantaris.insole.InsoleSample;
import io.plantaris.sim.GroundTruth.EventKind;
import io.plantaris.sim.GroundTruth.EventTruth;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import org.junit.jupiter.api.Test;

/**
 * A foot planted with a jolt while the other heel rises is a lunge, a stair step or a stride; the
 * free foot of a heel raise put down gently for support is not.
 */
class StepWatchTest {
  private static final double BODY_N = 750;

  @Test
  void aFootThatLandsWithAJoltFromTheAirIsAStep() {
    StepWatch w = new StepWatch(AnalysisConfig.defaults(), 2);
    feed(w, 0, 400, 0.0, 0.0, BODY_N); // in the air, swinging forward
    feed(w, 400, 420, 0.6 * BODY_N, 0.9, 0.4 * BODY_N); // heel strike
    feed(w, 420, 1500, 0.6 * BODY_N, 0.0, 0.4 * BODY_N);

    assertThat(w.steppedWithin(300_000, 500_000)).isTrue();
    assertThat(w.steppedWithin(500_000, 1_500_000)).as("dated at the landing").isFalse();
  }

  @Test
  void aFreeFootPutDownGentlyOrAPlantedHeelThatSlamsIsNoStep() {
    StepWatch w = new StepWatch(AnalysisConfig.defaults(), 2);
    feed(w, 0, 400, 0.0, 0.0, BODY_N);
    feed(w, 400, 1500, 0.45 * BODY_N, 0.1, 0.55 * BODY_N); // put down for support, no jolt
    feed(w, 1500, 1520, 0.45 * BODY_N, 2.5, 0.55 * BODY_N); // then a slam, never in the air since

    assertThat(w.steppedWithin(0, 2_000_000)).isFalse();
  }

  @Test
  void lungesOnTwoInsolesWithImuGiveNoReps() {
    // wide seed 20070: two 16-cell insoles with IMU, movements that are no heel raise; each of its
    // three lunges was counted as a fast heel raise of the rear foot with weight on the other
    EvalCase c = WideCases.generate(20_070);
    assertThat(c.name()).contains("moticon16-imu", "not-a-heel-raise");
    Collect got = Collect.run(c.recording(), Evaluator.prescriptionOf(c.truth()));

    for (EventTruth e : c.truth().events()) {
      if (e.kind() == EventKind.LUNGE) {
        assertThat(got.reps)
            .as("lunge at %d ms", e.startMillis())
            .noneMatch(
                r ->
                    r.upStartMicros() / 1000 >= e.startMillis() - 500
                        && r.upStartMicros() / 1000 <= e.endMillis());
      }
    }
  }

  @Test
  void weightPutOnTheOtherFootDuringARepStillCounts() {
    SimulationResult two = VirtualInsole.simulate(Scenario.TWO_INSOLES.config(9));
    Collect got = Collect.run(two.recording(), Evaluator.prescriptionOf(two.truth()));

    assertThat(got.reps).hasSize(two.truth().allReps().size());
    assertThat(got.reps.get(2).flags()).contains(RepFlag.WEIGHT_ON_OTHER_FOOT);
  }

  /**
   * Track 1's foot from {@code fromMs} to {@code toMs} at 100 Hz; track 0 carries {@code otherN}.
   */
  private static void feed(
      StepWatch w, long fromMs, long toMs, double ownN, double jerkG, double otherN) {
    InsoleSample s = new InsoleSample(1);
    s.hasAccel = true;
    for (long ms = fromMs; ms < toMs; ms += 10) {
      s.timeMicros = ms * 1000;
      w.sample(1, s, Math.abs(jerkG), ownN, otherN);
    }
  }
}
