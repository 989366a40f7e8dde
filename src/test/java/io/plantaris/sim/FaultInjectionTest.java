package io.plantaris.sim;

import static io.plantaris.sim.SimTestSupport.group;
import static io.plantaris.sim.SimTestSupport.indexAt;
import static io.plantaris.sim.SimTestSupport.max;
import static io.plantaris.sim.SimTestSupport.mean;
import static io.plantaris.sim.SimTestSupport.total;
import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepFlag;
import io.plantaris.insole.PlantarRegion.Group;
import io.plantaris.insole.Track;
import io.plantaris.sim.GroundTruth.RepTruth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private final SimulationResult faults = VirtualInsole.simulate(Scenario.FAULTS_SET.config(9));
  private final Track track = faults.recording().tracks().get(0);
  private final double weight = faults.config().totalWeightNewtons();

  private RepTruth rep(int n) {
    return faults.truth().allReps().get(n - 1);
  }

  @Test
  void everyInjectedFaultIsInTheTruthWithItsExactFlag() {
    List<RepTruth> reps = faults.truth().allReps();
    assertThat(reps.get(0).flags()).isEmpty();
    assertThat(reps.get(1).flags()).containsExactly(RepFlag.TOO_FAST_UP);
    assertThat(reps.get(2).flags()).containsExactly(RepFlag.TOO_FAST_DOWN);
    assertThat(reps.get(3).flags()).containsExactly(RepFlag.HOLD_TOO_SHORT);
    assertThat(reps.get(4).flags()).containsExactly(RepFlag.PARTIAL_RANGE);
    assertThat(reps.get(5).flags()).containsExactly(RepFlag.HEEL_LOADED_AT_TOP);
    assertThat(reps.get(6).flags()).containsExactly(RepFlag.HEEL_SLAM);
    assertThat(reps.get(7).flags()).containsExactly(RepFlag.BOUNCE);
    assertThat(reps.get(8).flags()).containsExactly(RepFlag.WEIGHT_ON_OTHER_FOOT);
    assertThat(reps.get(9).flags()).containsExactly(RepFlag.TWO_LEGGED);
    assertThat(reps.get(9).side()).isEqualTo(RepSide.BOTH);
    assertThat(reps.get(10).flags()).isEmpty();
    // too fast means clearly fast: at most 55% of the prescribed 3000 ms
    assertThat(reps.get(1).holdStartMillis() - reps.get(1).upStartMillis())
        .isLessThanOrEqualTo(1650);
    assertThat(reps.get(4).peakPitchDegrees()).isLessThan(0.5 * 35 + 0.1);
  }

  @Test
  void heelLoadedAtTopShowsHeelLoadInTheMiddleOfTheHold() {
    RepTruth r = rep(6);
    long mid = (r.holdStartMillis() + r.downStartMillis()) / 2;
    assertThat(max(track, mid - 100, mid + 100, k -> group(track, k, Group.HEEL)))
        .isGreaterThan(0.2 * weight);
    RepTruth clean = rep(1);
    long cleanMid = (clean.holdStartMillis() + clean.downStartMillis()) / 2;
    assertThat(max(track, cleanMid - 100, cleanMid + 100, k -> group(track, k, Group.HEEL)))
        .isLessThan(0.03 * weight);
  }

  @Test
  void heelSlamSpikesHeelForceAndAcceleration() {
    RepTruth slam = rep(7);
    long end = slam.downEndMillis();
    assertThat(max(track, end, end + 100, k -> total(track, k))).isGreaterThan(1.6 * weight);
    assertThat(max(track, end, end + 100, k -> track.accelG()[k][2])).isGreaterThan(2.0);
    RepTruth clean = rep(11);
    assertThat(max(track, clean.downEndMillis(), clean.downEndMillis() + 100, k -> total(track, k)))
        .isLessThan(1.1 * weight);
  }

  @Test
  void bounceStartsWithoutASettledBottom() {
    // between the marks: a bounce leaves at speed 60 ms after a fast touch-down, while a settled
    // bottom adds the slow end and start of both movements to its pause of 480 ms and more
    RepTruth bounce = rep(8);
    assertThat(bounce.upStartMillis() - rep(7).downEndMillis()).isLessThan(500);
    assertThat(rep(2).upStartMillis() - rep(1).downEndMillis()).isGreaterThanOrEqualTo(1500);
  }

  @Test
  void weightOnOtherFootShowsInTheOtherInsole() {
    SimulationResult two = VirtualInsole.simulate(Scenario.TWO_INSOLES.config(9));
    RepTruth r = two.truth().allReps().get(2);
    assertThat(r.flags()).containsExactly(RepFlag.WEIGHT_ON_OTHER_FOOT);
    Track right = two.recording().tracks().get(1);
    Track left = two.recording().tracks().get(0);
    long mid = (r.holdStartMillis() + r.downStartMillis()) / 2;
    double w = two.config().totalWeightNewtons();
    assertThat(mean(left, mid - 200, mid + 200, k -> total(left, k))).isGreaterThan(0.35 * w);
    assertThat(mean(right, mid - 200, mid + 200, k -> total(right, k))).isLessThan(0.65 * w);
    RepTruth clean = two.truth().allReps().get(0);
    long cm = (clean.holdStartMillis() + clean.downStartMillis()) / 2;
    assertThat(mean(left, cm - 200, cm + 200, k -> total(left, k))).isLessThan(0.05 * w);
  }

  @Test
  void twoLeggedRepRaisesBothFeetWithHalfTheWeightEach() {
    SimulationResult two = VirtualInsole.simulate(Scenario.TWO_INSOLES.config(9));
    RepTruth r = two.truth().allReps().get(5);
    assertThat(r.side()).isEqualTo(RepSide.BOTH);
    double w = two.config().totalWeightNewtons();
    long mid = (r.holdStartMillis() + r.downStartMillis()) / 2;
    for (Track t : two.recording().tracks()) {
      assertThat(mean(t, mid - 200, mid + 200, k -> total(t, k))).isBetween(0.4 * w, 0.6 * w);
      int k = indexAt(t, mid);
      assertThat(t.accelG()[k][0]).isLessThan(-0.4f); // pitched toes-down: gravity on -x
    }
  }
}
