package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
import io.plantaris.insole.Side;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the core declines to decide, rep by rep. */
class RepDoubtsTest {
  private static final long S = 1_000_000;

  /** A foot rep timed by the rate at 3-2-3, {@code amplitude} in degrees or CoP mm. */
  private static FootRep rep(double amplitude, double peakPitchDegrees) {
    return new FootRep(
        0,
        Side.LEFT,
        0,
        3 * S,
        5 * S,
        8 * S,
        amplitude,
        peakPitchDegrees,
        Double.NaN,
        0.8,
        0.4,
        0.05,
        1.1,
        Double.NaN,
        600,
        Double.NaN,
        0.5,
        false,
        false,
        0.9,
        Double.NaN,
        0,
        8 * S,
        PhaseTiming.RATE);
  }

  private static Map<RepFlag, Doubt> sort(Set<RepFlag> flags, FootRep r, long restMicros) {
    // the rep here is timed by the rise rate (PhaseTiming.RATE), as without the marks: with them
    // a rate-timed rep is one whose curve could not be read, and its near phases are doubts too
    return new RepDoubts(
            Prescription.rathleff(),
            AnalysisConfig.defaults().withPhaseMarks(false),
            RepDoubts.Config.DEFAULTS)
        .sort(
            flags,
            r,
            0,
            3 * S,
            5 * S,
            8 * S,
            1,
            EnumSet.allOf(RepFlag.class),
            false,
            700,
            restMicros,
            260);
  }

  @Test
  void aRestTheMovementsOverlapBySecondsIsNoBounceButAnUnreadableRest() {
    Set<RepFlag> flags = EnumSet.of(RepFlag.BOUNCE);
    assertThat(sort(flags, rep(15, 15), -1_500_000))
        .containsExactly(Map.entry(RepFlag.BOUNCE, Doubt.REST_UNREADABLE));
    assertThat(flags).isEmpty();

    Set<RepFlag> reversed = EnumSet.of(RepFlag.BOUNCE);
    assertThat(sort(reversed, rep(15, 15), -50_000)).isEmpty();
    assertThat(reversed)
        .as("a reversal with no pause stays a bounce")
        .containsExactly(RepFlag.BOUNCE);
  }

  @Test
  void pressureAloneDoesNotTimeARepWhoseCentreOfPressureHardlyMoved() {
    Set<RepFlag> flags = EnumSet.of(RepFlag.HOLD_TOO_SHORT, RepFlag.HEEL_SLAM);
    Map<RepFlag, Doubt> doubts = sort(flags, rep(12, Double.NaN), Long.MAX_VALUE);
    assertThat(doubts)
        .containsOnlyKeys(
            RepFlag.TOO_FAST_UP,
            RepFlag.HOLD_TOO_SHORT,
            RepFlag.TOO_FAST_DOWN,
            RepFlag.PARTIAL_RANGE)
        .containsValue(Doubt.SMALL_MOVEMENT);
    assertThat(flags).as("what the load shows is still decided").containsExactly(RepFlag.HEEL_SLAM);

    Set<RepFlag> large = EnumSet.of(RepFlag.HOLD_TOO_SHORT);
    assertThat(sort(large, rep(60, Double.NaN), Long.MAX_VALUE)).isEmpty();
    assertThat(large).containsExactly(RepFlag.HOLD_TOO_SHORT);
  }

  @Test
  void onAWidenedStepEdgeSessionWithoutAnImuNoTempoFlagIsAGuess() {
    // wide seed 20041: 8 cells, heel over a step edge; its holds read 0 ms of about 2 s
    EvalCase c = WideCases.generate(20_041);
    assertThat(c.name()).contains("force8");
    Collect got = new Collect();
    PersonAnalyzer.analyze(
        c.recording(), Evaluator.prescriptionOf(c.truth()), AnalysisConfig.defaults(), null, got);
    assertThat(got.reps).hasSizeGreaterThan(5);
    for (RepEvent r : got.reps) {
      assertThat(r.flags())
          .doesNotContain(RepFlag.TOO_FAST_UP, RepFlag.HOLD_TOO_SHORT, RepFlag.TOO_FAST_DOWN);
      assertThat(r.doubts()).containsEntry(RepFlag.HOLD_TOO_SHORT, Doubt.SMALL_MOVEMENT);
    }
  }

  @Test
  void oneInsoleSeesTheOtherFootCarryWeightNotWhetherItRose() {
    // wide seed 20396: one 8-zone insole under the left foot; reps 2 and 6 of set 1 rise on both
    // feet with the right foot carrying weight from before the rise. The load shows weight on the
    // other foot (the rep does not count), not that the other heel rose: that is left uncertain
    EvalCase c = WideCases.generate(20_396);
    assertThat(c.name()).contains("force8 ");
    assertThat(c.truth().tracks()).hasSize(1);
    Map<RepEvent, io.plantaris.sim.GroundTruth.RepTruth> m =
        Collect.run(c).matchedTo(c.truth().allReps());
    var twoLegged =
        m.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .filter(e -> e.getValue().flags().contains(RepFlag.TWO_LEGGED))
            .filter(e -> e.getValue().upStartMillis() < 130_000)
            .map(Map.Entry::getKey)
            .toList();
    assertThat(twoLegged).hasSize(2);
    for (RepEvent r : twoLegged) {
      assertThat(r.flags())
          .contains(RepFlag.WEIGHT_ON_OTHER_FOOT)
          .doesNotContain(RepFlag.TWO_LEGGED);
      assertThat(r.doubts()).containsEntry(RepFlag.TWO_LEGGED, Doubt.OTHER_FOOT_UNSEEN);
      assertThat(r.valid()).as("a rep with weight on the other foot does not count").isFalse();
    }
    assertThat(m.keySet())
        .filteredOn(r -> !r.flags().contains(RepFlag.WEIGHT_ON_OTHER_FOOT))
        .as("without weight on the other foot, one or two legs is decided")
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.doubts()).doesNotContainKey(RepFlag.TWO_LEGGED));
  }

  @Test
  void aLowFirstRepIsNoFullHeightToJudgeTheNextBy() {
    // wide seed 20365: 16 cells + IMU; the session opens with two low rises (heel 49 and 52 mm,
    // full reps 120 mm). Against their own best they looked full and counted; until a rep rises
    // as high as heel raises typically do, a rep that looks full is uncertain. Rep 5, as low,
    // comes after full reps and is partial, decided
    EvalCase c = WideCases.generate(20_365);
    assertThat(c.name()).contains("moticon16-imu");
    Map<RepEvent, io.plantaris.sim.GroundTruth.RepTruth> m =
        Collect.run(c).matchedTo(c.truth().allReps());
    m.forEach(
        (r, t) -> {
          boolean opening = t.upStartMillis() < 35_000;
          boolean partial = t.flags().contains(RepFlag.PARTIAL_RANGE);
          if (opening) {
            assertThat(r.doubts())
                .as("rep %d", t.index())
                .containsEntry(RepFlag.PARTIAL_RANGE, Doubt.NO_FULL_REP_YET);
          } else {
            assertThat(r.doubts()).as("rep %d", t.index()).doesNotContainKey(RepFlag.PARTIAL_RANGE);
            assertThat(r.flags().contains(RepFlag.PARTIAL_RANGE))
                .as("rep %d at %d ms", t.index(), t.upStartMillis())
                .isEqualTo(partial);
          }
        });
    assertThat(m.values()).filteredOn(t -> t.upStartMillis() < 35_000).hasSize(2);
  }
}
