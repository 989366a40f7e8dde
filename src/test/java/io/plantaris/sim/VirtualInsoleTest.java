package io.plantaris.sim;

import static io.plantaris.sim.SimTestSupport.group;
import static io.plantaris.sim.SimTestSupport.max;
import static io.plantaris.sim.SimTestSupport.mean;
import static io.plantaris.sim.SimTestSupport.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.insole.PlantarRegion.Group;
import io.plantaris.insole.Track;
import io.plantaris.sim.GroundTruth.RepTruth;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualInsoleTest {
  private static final double G = 9.80665;

  @Test
  void sameSeedGivesIdenticalRecordingAndTruth() {
    SimulationConfig c = Scenario.FAULTS_SET.config(7);
    SimulationResult a = VirtualInsole.simulate(c);
    SimulationResult b = VirtualInsole.simulate(c);
    assertThat(a.recording()).isEqualTo(b.recording());
    assertThat(GroundTruthJson.toJson(a.truth())).isEqualTo(GroundTruthJson.toJson(b.truth()));
    SimulationResult other = VirtualInsole.simulate(Scenario.FAULTS_SET.config(8));
    assertThat(other.recording()).isNotEqualTo(a.recording());
  }

  @Test
  void quietSingleLegStandCarriesBodyWeightWithinTenPercent() {
    SimulationResult r =
        VirtualInsole.simulate(Scenario.QUIET_STAND.builder(1).addedLoadKg(10).build());
    Track t = r.recording().tracks().get(0);
    double expected = (75 + 10) * G;
    double m = mean(t, 1000, 19_000, k -> total(t, k));
    assertThat(m).isCloseTo(expected, within(0.1 * expected));
    assertThat(r.truth().sets()).isEmpty();
  }

  @Test
  void cleanSetHasTwelveValidRepsAtTheActualTempo() {
    SimulationConfig c = Scenario.CLEAN_SET.config(3);
    GroundTruth truth = VirtualInsole.simulate(c).truth();
    assertThat(truth.sets()).hasSize(1);
    assertThat(truth.sets().get(0).repCount()).isEqualTo(12);
    for (RepTruth rep : truth.allReps()) {
      assertThat(rep.flags()).isEmpty();
      assertThat(rep.holdStartMillis() - rep.upStartMillis()).isBetween(2640L, 3360L);
      assertThat(rep.downStartMillis() - rep.holdStartMillis()).isBetween(1760L, 2240L);
      assertThat(rep.downEndMillis() - rep.downStartMillis()).isBetween(2640L, 3360L);
      assertThat(rep.peakPitchDegrees()).isBetween(33.0, 37.0);
      assertThat(rep.peakHeightMm()).isBetween(95.0, 115.0);
    }
  }

  @Test
  void flatFloorHoldIsOnTheForefootAndPitchPeaksInsideTheRep() {
    SimulationConfig c = Scenario.CLEAN_SET.config(5);
    SimulationResult r = VirtualInsole.simulate(c);
    Track t = r.recording().tracks().get(0);
    double weight = c.totalWeightNewtons();
    for (RepTruth rep : r.truth().allReps()) {
      long a = rep.holdStartMillis();
      long b = rep.downStartMillis();
      assertThat(max(t, a, b, k -> group(t, k, Group.HEEL))).isLessThan(0.03 * weight);
      double front = mean(t, a, b, k -> group(t, k, Group.FOREFOOT) + group(t, k, Group.TOES));
      assertThat(front).isCloseTo(weight, within(0.1 * weight));
    }
    // heel loaded at the bottom, before the rise: before the first movement starts, and midway
    // between one lowering's end mark and the next rise's start mark
    long first = r.truth().sets().get(0).startMillis();
    assertThat(mean(t, first - 250, first, k -> group(t, k, Group.HEEL)))
        .isGreaterThan(0.3 * weight);
    List<RepTruth> reps = r.truth().allReps();
    for (int i = 1; i < reps.size(); i++) {
      long mid = (reps.get(i - 1).downEndMillis() + reps.get(i).upStartMillis()) / 2;
      double heelBottom = mean(t, mid - 125, mid + 125, k -> group(t, k, Group.HEEL));
      assertThat(heelBottom).as("bottom before rep %d", i + 1).isGreaterThan(0.3 * weight);
    }
  }
}
