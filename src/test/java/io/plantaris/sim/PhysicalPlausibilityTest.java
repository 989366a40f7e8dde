package io.plantaris.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepFlag;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Track;
import org.junit.jupiter.api.Test;

/** The virtual insole's signals obey physics: no teleporting feet, impacts where the heel lands. */
class PhysicalPlausibilityTest {
  @Test
  void steppingOntoAStepTurnsTheFootAtAHumanRate() {
    SimulationResult r = VirtualInsole.simulate(Scenario.STEP_EDGE.config(42));
    Track t = r.recording().tracks().get(0);
    double fastest = 0;
    for (float[] g : t.gyroDps()) {
      fastest = Math.max(fastest, Math.abs(g[1]));
    }
    // clean 3-2-3 reps of 35 degrees turn at most ~25 deg/s; stepping up is quicker but human
    assertThat(fastest).isLessThan(300);
  }

  @Test
  void everyAccelerometerChangeBetweenSamplesIsBoundedOutsideImpacts() {
    SimulationResult r = VirtualInsole.simulate(Scenario.CLEAN_SET.config(5));
    Track t = r.recording().tracks().get(0);
    float[][] a = t.accelG();
    for (int k = 1; k < a.length; k++) {
      // a clean set has no impacts: z never flips sign and moves less than 0.2 g per sample
      assertThat(a[k][2]).isPositive();
      assertThat(Math.abs(a[k][2] - a[k - 1][2])).isLessThan(0.2f);
    }
  }

  @Test
  void aHeelSlamLandsOnTheHeelCellsAndRingsTheAccelerometerOverSeveralSamples() {
    SimulationResult r =
        VirtualInsole.simulate(Scenario.CLEAN_SET.builder(3).fault(RepFlag.HEEL_SLAM, 4).build());
    GroundTruth.RepTruth slam = r.truth().allReps().get(3);
    assertThat(slam.flags()).containsExactly(RepFlag.HEEL_SLAM);
    Track t = r.recording().tracks().get(0);
    long end = slam.downEndMillis();
    double heelPeak = 0;
    long heelPeakAt = 0;
    int accelSamplesAbove2g = 0;
    for (int k = 0; k < t.size(); k++) {
      long ms = t.timeMicros()[k] / 1000;
      if (ms < end - 100 || ms > end + 150) {
        continue;
      }
      double heel = 0;
      for (int i = 0; i < t.layout().cellCount(); i++) {
        if (t.layout().cells().get(i).region().group() == PlantarRegion.Group.HEEL) {
          heel += t.cellNewtons()[k][i];
        }
      }
      if (heel > heelPeak) {
        heelPeak = heel;
        heelPeakAt = ms;
      }
      accelSamplesAbove2g += t.accelG()[k][2] > 2 ? 1 : 0;
    }
    double bodyNewtons = 75 * 9.80665;
    assertThat(heelPeak).isGreaterThan(bodyNewtons * 1.2);
    assertThat(heelPeakAt).isBetween(end - 20, end + 50);
    assertThat(accelSamplesAbove2g).isBetween(2, 6);
  }
}
