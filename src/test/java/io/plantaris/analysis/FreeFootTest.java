package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
import io.plantaris.insole.Side;
import org.junit.jupiter.api.Test;

/**
 * The free foot of a single-leg set, lifted and put down beside the working one, is no rep: its top
 * holds through the other foot's whole reps, which no heel raise does.
 */
class FreeFootTest {
  private static final long S = 1_000_000;

  /** A foot rep on {@code track}: up from {@code up} s, top from {@code hold} s to {@code down}. */
  private static FootRep rep(int track, double up, double hold, double down, double end) {
    return rep(track, up, hold, down, end, false);
  }

  private static FootRep rep(
      int track, double up, double hold, double down, double end, boolean jolt) {
    return rep(track, up, hold, down, end, jolt, 30);
  }

  private static FootRep rep(
      int track, double up, double hold, double down, double end, boolean jolt, double degrees) {
    return new FootRep(
        track,
        track == 0 ? Side.LEFT : Side.RIGHT,
        (long) (up * S),
        (long) (hold * S),
        (long) (down * S),
        (long) (end * S),
        degrees,
        degrees,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        0.5,
        false,
        jolt,
        Double.NaN,
        Double.NaN,
        (long) (up * S),
        (long) (end * S),
        PhaseTiming.MARKS);
  }

  @Test
  void aTopThatHoldsThroughTheOtherFootsWholeRepIsTheFreeFoot() {
    FreeFootWatch w = new FreeFootWatch(2);
    w.finished(0, rep(0, 12, 15, 17, 20));
    // the free foot lifted at 10 s, held up until 24 s, put down by 25 s
    assertThat(w.heldThroughOthers(1, rep(1, 10, 10.3, 24, 25))).isTrue();
    // both feet rose together (a two-legged rep): the other foot's rise began before this top
    assertThat(w.heldThroughOthers(1, rep(1, 12.2, 15.1, 17, 19.8))).isFalse();
    // the other foot's rep is its own, not the other's
    assertThat(w.heldThroughOthers(0, rep(0, 10, 10.3, 24, 25))).isFalse();
  }

  @Test
  void aJoltOfTheOtherFootIsNoRepToHoldThrough() {
    FreeFootWatch w = new FreeFootWatch(2);
    w.finished(0, rep(0, 12, 12.2, 12.3, 12.5, true));
    assertThat(w.heldThroughOthers(1, rep(1, 10, 11, 16, 19))).isFalse();
  }

  @Test
  void theFreeFootOfRealSetsIsNotCounted() {
    // wide seeds 20147, 20157, 20192: IMU on both feet, single-leg sets; the free foot, lifted
    // for 12-41 s while the working foot did 1-2 reps, was reported as a rep (rise 0.2-0.5 s,
    // "hold" 12-41 s) and matched in place of the working foot's real rep
    for (long seed : new long[] {20_147, 20_157, 20_192}) {
      EvalCase c = WideCases.generate(seed);
      assertThat(c.name()).as("seed %d", seed).contains("imu-only");
      Collect got = new Collect();
      PersonAnalyzer.analyze(
          c.recording(), Evaluator.prescriptionOf(c.truth()), AnalysisConfig.defaults(), null, got);
      for (RepEvent r : got.reps) {
        assertThat(r.holdMillis())
            .as("seed %d rep at %d", seed, r.upStartMicros() / 1000)
            .isLessThan(10_000);
      }
      assertThat(got.reps.size())
          .as("seed %d", seed)
          .isBetween(c.truth().allReps().size() - 2, c.truth().allReps().size() + 1);
    }
  }

  @Test
  void aBalanceStepOfTheFreeFootIsNoRep() {
    // wide seed 20372: IMU on both feet, single-leg sets on a step; twice the free foot stepped to
    // regain balance, its pitch up 10 degrees and down again within 1.1 s, and each was counted
    // as a rep ("too fast, hold too short, heel slammed") beside the working foot's 20
    EvalCase c = WideCases.generate(20_372);
    assertThat(c.name()).contains("imu-only").endsWith("step");
    Collect got = Collect.run(c);
    assertThat(got.matchedTo(c.truth().allReps()).values())
        .as("counted reps on no rep of the truth")
        .doesNotContainNull();
    assertThat(got.reps).hasSameSizeAs(c.truth().allReps());
  }

  @Test
  void aBobIsSmallAndQuickTogether() {
    // pitch 10 degrees, back down 1.1 s after the rise mark: a bob
    assertThat(rep(1, 10, 10.4, 10.6, 11.1, false, 10).bob()).isTrue();
    // as small but slow (a partial rep), or as quick but high (the CMU reps): heel raises
    assertThat(rep(1, 10, 13, 15, 18, false, 10).bob()).isFalse();
    assertThat(rep(1, 10, 10.4, 10.6, 11.1, false, 40).bob()).isFalse();
    // a jolt joins the other foot's rep and is judged there
    assertThat(rep(1, 10, 10.1, 10.2, 10.3, true, 10).bob()).isFalse();
  }
}
