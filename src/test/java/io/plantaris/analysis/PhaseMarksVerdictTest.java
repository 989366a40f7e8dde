package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.sim.GroundTruth.RepTruth;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timed at the marks, a rep's verdicts that read the rest between reps still read the movement. */
class PhaseMarksVerdictTest {
  @Test
  void aBounceIsStillSeenWhenThePhasesAreTimedAtTheMarks() {
    // the marks lie inside the movements: between two reps they add the slow end of one and the
    // slow start of the next to the rest, so a bounce would read as a settled bottom
    SimulationResult sim = VirtualInsole.simulate(Scenario.FAULTS_SET.config(9));
    List<RepTruth> truth = sim.truth().allReps();
    Collect c = new Collect();
    PersonAnalyzer.analyze(
        sim.recording(),
        Prescription.rathleff(),
        AnalysisConfig.defaults().withPhaseMarks(true),
        null,
        c);

    assertThat(truth.get(7).flags()).contains(RepFlag.BOUNCE);
    RepEvent bounce = closest(c.reps, truth.get(7));
    assertThat(bounce.flags()).contains(RepFlag.BOUNCE);
    assertThat(closest(c.reps, truth.get(1)).flags()).doesNotContain(RepFlag.BOUNCE);
  }

  private static RepEvent closest(List<RepEvent> reps, RepTruth t) {
    RepEvent best = reps.get(0);
    for (RepEvent r : reps) {
      if (Math.abs(r.upStartMicros() / 1000 - t.upStartMillis())
          < Math.abs(best.upStartMicros() / 1000 - t.upStartMillis())) {
        best = r;
      }
    }
    return best;
  }
}
