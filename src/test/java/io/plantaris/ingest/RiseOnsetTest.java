package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.Movement;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.Prescription;
import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Track;
import io.plantaris.sim.GroundTruth;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The live guide's early rise onset on simulated recordings, read as the live path reads it (the
 * analysis's movement and pitch, the heel's share of the load, sample by sample).
 */
class RiseOnsetTest {
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(RiseOnsetTest.class);

  /**
   * Onsets taken, each as [onset, taken at, ended at, 1 if the analysis confirmed a rise in
   * between], recording micros; ended at is MAX_VALUE for one still open at the end.
   */
  private static List<long[]> onsets(Recording rec) {
    Track track = rec.tracks().get(0);
    PersonAnalyzer a =
        PersonAnalyzer.forRecording(
            rec,
            Prescription.rathleff(),
            AnalysisConfig.defaults(),
            null,
            new AnalysisListener() {
              @Override
              public void onRep(io.plantaris.analysis.RepEvent rep) {}

              @Override
              public void onSet(io.plantaris.analysis.SetSummary set) {}
            });
    boolean[] heel = HeelShare.heelCells(track.layout());
    RiseOnset cue = new RiseOnset();
    List<long[]> got = new ArrayList<>();
    long[] open = null;
    InsoleSample s = new InsoleSample(track.layout().cellCount());
    for (int i = 0; i < track.size(); i++) {
      track.fill(i, s);
      a.accept(0, s);
      if (open != null && a.movement(0) != Movement.BOTTOM) {
        open[3] = 1;
      }
      if (cue.accept(
          s.timeMicros, a.pitchDegrees(0), HeelShare.of(s.cellNewtons, heel), a.movement(0))) {
        if (open != null) {
          open[2] = s.timeMicros;
          open = null;
        }
        if (cue.onsetMicros() != Long.MIN_VALUE) {
          open = new long[] {cue.onsetMicros(), s.timeMicros, Long.MAX_VALUE, 0};
          got.add(open);
        }
      }
    }
    return got;
  }

  @ParameterizedTest
  @EnumSource(
      value = Scenario.class,
      names = {"CLEAN_SET", "STEP_EDGE", "IMU_ONLY", "FORCE8_FLAT"})
  void everyRepsOnsetIsTakenSoonAfterTheMovementStarts(Scenario scenario) {
    SimulationResult sim = VirtualInsole.simulate(scenario.builder(7).build());
    boolean imu = sim.recording().tracks().get(0).gyroDps() != null;
    long t0 = sim.recording().tracks().get(0).timeMicros()[0];
    List<long[]> got = onsets(sim.recording());
    List<String> seen = new ArrayList<>();
    for (GroundTruth.RepTruth r : sim.truth().sets().get(0).reps()) {
      long truth = t0 + movementStartMillis(r) * 1000;
      long[] o =
          got.stream().filter(x -> Math.abs(x[0] - truth) < 1_000_000).findFirst().orElse(null);
      assertThat(o).as("%s rep %d: an early onset", scenario, r.index()).isNotNull();
      long onsetMs = (o[0] - truth) / 1000;
      long takenMs = (o[1] - truth) / 1000;
      seen.add(onsetMs + "/" + takenMs);
      // the analysis confirms a rise about 1.1 s in; the early onset must come well before that
      assertThat(takenMs)
          .as("%s rep %d taken, ms after the start", scenario, r.index())
          .isBetween(0L, imu ? 400L : 700L);
      if (imu) {
        assertThat(onsetMs)
            .as("%s rep %d onset error, ms", scenario, r.index())
            .isBetween(-150L, 250L);
      }
    }
    log.info("{} early onsets, ms from the true start (onset/taken): {}", scenario, seen);
  }

  /**
   * Where the rep's movement started. The truth is at the 10 % marks; the simulator (no motion
   * variation) moves at an even pace with smooth ends, which spends 0.18 of its time below the rise
   * mark and 0.64 between the marks: it started 0.281 of the marks' rise before the mark.
   */
  private static long movementStartMillis(GroundTruth.RepTruth r) {
    return r.upStartMillis() - Math.round(0.2808 * (r.holdStartMillis() - r.upStartMillis()));
  }

  @Test
  void quietStandingTakesNoOnset() {
    SimulationResult sim = VirtualInsole.simulate(Scenario.QUIET_STAND.builder(7).build());
    assertThat(onsets(sim.recording())).isEmpty();
  }

  @Test
  void anOnsetNoRiseFollowsIsTakenBack() {
    // walking between sets: steps pitch the foot; whatever the guide takes there, it gives back
    SimulationResult sim = VirtualInsole.simulate(Scenario.WALKING_BETWEEN_SETS.builder(7).build());
    List<long[]> got = onsets(sim.recording());
    List<long[]> unconfirmed = got.stream().filter(o -> o[3] == 0).toList();
    log.info(
        "walking between sets: {} early onsets, {} without a rise", got.size(), unconfirmed.size());
    for (long[] o : unconfirmed) {
      assertThat(o[2] - o[1])
          .as("taken back within %d us", RiseOnset.CONFIRM_MICROS)
          .isLessThanOrEqualTo(RiseOnset.CONFIRM_MICROS + 20_000);
    }
    assertThat(unconfirmed).as("steps the analysis did not even take for a rise").isNotEmpty();
  }
}
