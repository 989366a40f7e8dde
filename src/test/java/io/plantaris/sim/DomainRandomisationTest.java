package io.plantaris.sim;

import static io.plantaris.sim.SimTestSupport.indexAt;
import static io.plantaris.sim.SimTestSupport.mean;
import static io.plantaris.sim.SimTestSupport.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.analysis.RepFlag;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Track;
import io.plantaris.sim.GroundTruth.EventKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

class DomainRandomisationTest {
  private static SimulationConfigBuilder quiet() {
    return Scenario.CLEAN_SET.builder(7).noise(SensorNoise.NONE).handSupportFraction(0);
  }

  /** Reps of the session, as planned. */
  private static List<RepPlan> reps(SimulationConfig c) {
    return new SessionPlanner(c).plan().sets().get(0);
  }

  @Test
  void topSwayHasTheAskedAmplitudeAndFrequency() {
    SimulationConfig c =
        quiet().layout(LayoutKind.IMU_ONLY).motion(new MotionVariation(0, 3.0, 2.0, 2.0)).build();
    Track track = VirtualInsole.simulate(c).recording().tracks().get(0);
    List<Double> amplitudes = new ArrayList<>();
    for (RepPlan p : reps(c)) {
      assertThat(p.topSwayHz()).isEqualTo(2.0);
      assertThat(p.topSwayDegrees()).isBetween(0.2, 3.0);
      // where the foot balances at the top (full sway): from the gyro, as a sensor would see it
      int a = -1;
      int b = -1;
      for (int k = indexAt(track, p.upStartMillis()); k < indexAt(track, p.downEndMillis()); k++) {
        if (RepMotion.topWindow(p, track.timeMicros()[k] / 1000.0) >= 1) {
          a = a < 0 ? k : a;
          b = k;
        }
      }
      double seconds = (track.timeMicros()[b] - track.timeMicros()[a]) / 1e6;
      if (p.topSwayDegrees() < 1 || seconds < 1) {
        continue;
      }
      int crossings = 0;
      WeightedObservedPoints pitch = new WeightedObservedPoints();
      double integrated = 0;
      for (int k = a + 1; k <= b; k++) {
        float r0 = track.gyroDps()[k - 1][1];
        float r1 = track.gyroDps()[k][1];
        crossings += (r0 < 0) != (r1 < 0) ? 1 : 0;
        integrated += r1 / c.sampleRateHz();
        pitch.add((k - a) / c.sampleRateHz(), integrated);
      }
      assertThat(crossings / (2 * seconds)).as("sway Hz").isCloseTo(2.0, within(0.5));
      // pitch = the movement's own slow top (a parabola) + a 2 Hz sine: least squares for both
      List<org.apache.commons.math3.fitting.WeightedObservedPoint> obs = pitch.toList();
      double[] y = new double[obs.size()];
      double[][] x = new double[obs.size()][];
      for (int i = 0; i < obs.size(); i++) {
        double ts = obs.get(i).getX();
        double w = 2 * Math.PI * 2.0 * ts;
        x[i] = new double[] {ts, ts * ts, Math.sin(w), Math.cos(w)};
        y[i] = obs.get(i).getY();
      }
      OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
      ols.newSampleData(y, x);
      double[] beta = ols.estimateRegressionParameters();
      double amplitude = Math.hypot(beta[3], beta[4]);
      double asked = p.topSwayDegrees();
      assertThat(amplitude).as("sway deg").isCloseTo(asked, within(Math.max(0.3, 0.15 * asked)));
      amplitudes.add(amplitude);
    }
    assertThat(amplitudes).hasSizeGreaterThanOrEqualTo(4);
    assertThat(amplitudes.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
        .isGreaterThan(2.0);
  }

  @Test
  void theGyroBiasDriftsAsAsked() {
    SimulationConfig c =
        quiet()
            .layout(LayoutKind.IMU_ONLY)
            .calibrationMillis(60_000)
            .sets(0)
            .domain(new DomainVariation(0, 2.0, 0, 0, false, 0))
            .build();
    Track t = VirtualInsole.simulate(c).recording().tracks().get(0);
    SimulationConfig still = c.toBuilder().domain(DomainVariation.NONE).build();
    Track s = VirtualInsole.simulate(still).recording().tracks().get(0);
    // the same person standing, with and without drift: the difference is the bias' drift alone
    int first = indexAt(t, 1000);
    int last = indexAt(t, 59_000);
    double d0 = t.gyroDps()[first][1] - s.gyroDps()[first][1];
    double d1 = t.gyroDps()[last][1] - s.gyroDps()[last][1];
    double perMinute = Math.abs(d1 - d0) / (58.0 / 60);
    assertThat(perMinute).isGreaterThan(0.05).isLessThanOrEqualTo(2.0);
    int mid = indexAt(t, 30_000);
    double dMid = t.gyroDps()[mid][1] - s.gyroDps()[mid][1];
    assertThat(dMid).as("linear drift").isCloseTo((d0 + d1) / 2, within(0.01));
  }

  @Test
  void theThreeZoneInsoleCarriesTheWholeWeightWithTheToesOnItsForefootZone() {
    SimulationConfig c = quiet().layout(LayoutKind.FORCE3).bodyMassKg(80).build();
    Track t = VirtualInsole.simulate(c).recording().tracks().get(0);
    assertThat(t.layout().cellCount()).isEqualTo(3);
    double weight = 80 * 9.80665;
    // single-leg quiet stand: about the whole weight, heel half of it (FootModel's flat shares)
    double sum = mean(t, 1000, 4000, k -> total(t, k));
    assertThat(sum).isCloseTo(weight * (1 - FootModel.TOUCH_SHARE), within(0.03 * weight));
    double heel = mean(t, 1000, 4000, k -> t.cellNewtons()[k][0]);
    assertThat(heel / sum).isCloseTo(0.5, within(0.03));
    // at the top of a rep the forefoot zone takes the toes' load too: nearly all of it
    RepPlan p = reps(c).get(0);
    long top = (p.holdStartMillis() + p.downStartMillis()) / 2;
    int k = indexAt(t, top);
    assertThat(t.cellNewtons()[k][2] / total(t, k)).isGreaterThan(0.9);
    assertThat(t.layout().cells().get(2).region().group()).isEqualTo(PlantarRegion.Group.FOREFOOT);
  }

  @Test
  void shoesPreloadEveryCellAndSpreadTheLoad() {
    SimulationConfig bare = quiet().layout(LayoutKind.MOTICON16).build();
    SimulationConfig shod = bare.toBuilder().domain(DomainVariation.NONE.withShoes(true)).build();
    Track b = VirtualInsole.simulate(bare).recording().tracks().get(0);
    Track s = VirtualInsole.simulate(shod).recording().tracks().get(0);
    int k = indexAt(b, 2000);
    int toe = 15; // a lesser-toe cell, nearly unloaded barefoot in quiet standing
    assertThat(s.cellNewtons()[k][toe]).isGreaterThan(b.cellNewtons()[k][toe] + 2);
    assertThat(total(s, k)).isCloseTo(total(b, k) + 16 * 2.0, within(1.0));
  }

  @Test
  void movementsThatAreNoHeelRaiseHaveNoRepsAndAreInTheTruth() {
    SimulationConfigBuilder b = quiet().sets(0);
    for (EventKind k :
        List.of(
            EventKind.JUMP,
            EventKind.HOP,
            EventKind.DROP_LANDING,
            EventKind.STAIR_STEP,
            EventKind.SQUAT,
            EventKind.LUNGE,
            EventKind.WALK_U_TURN)) {
      b.otherActivity(k);
    }
    SimulationResult r = VirtualInsole.simulate(b.twoInsoles(true).build());
    assertThat(r.truth().allReps()).isEmpty();
    assertThat(r.truth().events())
        .extracting(GroundTruth.EventTruth::kind)
        .containsExactly(
            EventKind.JUMP,
            EventKind.HOP,
            EventKind.DROP_LANDING,
            EventKind.STAIR_STEP,
            EventKind.SQUAT,
            EventKind.LUNGE,
            EventKind.WALK_U_TURN);
    // the jump has a flight: both feet unloaded at once, and a landing far above body weight
    GroundTruth.EventTruth jump = r.truth().events().get(0);
    Track left = r.recording().tracks().get(0);
    Track right = r.recording().tracks().get(1);
    double least = Double.MAX_VALUE;
    double most = 0;
    for (int k = indexAt(left, jump.startMillis()); k < indexAt(left, jump.endMillis()); k++) {
      double both = total(left, k) + total(right, k);
      least = Math.min(least, both);
      most = Math.max(most, both);
    }
    double weight = r.config().totalWeightNewtons();
    assertThat(least).isLessThan(0.05 * weight);
    assertThat(most).isGreaterThan(1.8 * weight);
  }

  @Test
  void balanceStepsPutTheFreeFootDownBetweenReps() {
    SimulationConfig c =
        quiet().twoInsoles(true).domain(new DomainVariation(0, 0, 0, 0, false, 3)).build();
    SimulationResult r = VirtualInsole.simulate(c);
    List<GroundTruth.EventTruth> steps =
        r.truth().events().stream().filter(e -> e.kind() == EventKind.BALANCE_STEP).toList();
    assertThat(steps).isNotEmpty();
    Track free =
        r.recording().tracks().stream()
            .filter(t -> t.layout().side() != c.workingSide())
            .findFirst()
            .orElseThrow();
    for (GroundTruth.EventTruth s : steps) {
      int k = indexAt(free, (s.startMillis() + s.endMillis()) / 2);
      assertThat(total(free, k)).isGreaterThan(0.15 * c.totalWeightNewtons());
    }
    assertThat(r.truth().allReps()).hasSize(c.prescription().targetReps());
  }

  @Test
  void irregularTempoAndSlowPartialRisesKeepTheTruthUnambiguous() {
    SimulationConfig c =
        quiet()
            .sets(3)
            .restMillis(10_000)
            .motion(MotionVariation.WIDE)
            .domain(new DomainVariation(0, 0, 0.45, 0.3, false, 0))
            .build();
    List<GroundTruth.RepTruth> reps = VirtualInsole.simulate(c).truth().allReps();
    long partial = reps.stream().filter(t -> t.flags().contains(RepFlag.PARTIAL_RANGE)).count();
    assertThat(partial).isGreaterThan(2).isLessThan(reps.size());
    for (GroundTruth.RepTruth t : reps) {
      // clean phases stay clear of the too-fast threshold (75 % of 3 s between the marks)
      long up = t.holdStartMillis() - t.upStartMillis();
      if (!t.flags().contains(RepFlag.TOO_FAST_UP)) {
        assertThat(up).as("rise between the marks").isGreaterThan(2250);
      }
    }
  }
}
