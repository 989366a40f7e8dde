package io.plantaris.analysis;

import io.plantaris.insole.InsoleSample;
import java.util.Arrays;

/**
 * Whether a foot took a step. A lunge, a stair step and a walk's stride plant a foot that was in
 * the air with a jolt (a heel or a forefoot striking the ground), and the other foot's heel comes
 * up at the same time, as in a heel raise. In a heel raise no foot strikes the ground at the start
 * or during the rise: the free foot of a single-leg raise hovers or rests its toes and is put down
 * gently if at all, and both feet stay planted in a two-legged one. A step is seen with an
 * accelerometer and load on the same foot: it carried less than {@link
 * AnalysisConfig#airborneShare()} of the two feet's load, and within a second its acceleration left
 * 1 g by more than {@link AnalysisConfig#stepImpactG()}.
 */
final class StepWatch {
  /** A strike counts as a step when the foot was in the air at most this long before it. */
  private static final long AIR_TO_STRIKE_MICROS = 1_000_000;

  /** A step this long before a rise's movement begins is part of it. */
  static final long LEAD_MICROS = 500_000;

  /** Steps kept per foot: a rep is judged up to a few seconds after its rise. */
  private static final int KEPT = 8;

  private final AnalysisConfig cfg;
  private final long[] airborneAt;
  private final long[][] steps;
  private final int[] next;

  StepWatch(AnalysisConfig cfg, int tracks) {
    this.cfg = cfg;
    airborneAt = new long[tracks];
    steps = new long[tracks][KEPT];
    next = new int[tracks];
    Arrays.fill(airborneAt, Long.MIN_VALUE);
    for (long[] s : steps) {
      Arrays.fill(s, Long.MIN_VALUE);
    }
  }

  /**
   * Feeds one sample of {@code track}, whose acceleration is {@code accelDevG} away from 1 g (as
   * its foot's tracker measured it), whose foot carries {@code ownN} and the other {@code otherN}.
   */
  void sample(int track, InsoleSample s, double accelDevG, double ownN, double otherN) {
    if (!s.hasAccel || !(ownN + otherN > 0)) {
      return;
    }
    long t = s.timeMicros;
    if (ownN < cfg.airborneShare() * (ownN + otherN)) {
      airborneAt[track] = t;
      return;
    }
    if (airborneAt[track] == Long.MIN_VALUE || t - airborneAt[track] > AIR_TO_STRIKE_MICROS) {
      return;
    }
    if (accelDevG > cfg.stepImpactG()) {
      int last = next[track] == 0 ? KEPT - 1 : next[track] - 1;
      if (steps[track][last] != airborneAt[track]) {
        // one step per time in the air: the jolt lasts a few samples
        steps[track][next[track]] = airborneAt[track];
        next[track] = (next[track] + 1) % KEPT;
      }
    }
  }

  /**
   * Whether a foot stepped while a rise began or climbed: from {@link #LEAD_MICROS} before the
   * movement started (the planted foot lands as the other heel leaves) until the top.
   */
  boolean steppedInRise(FootRep rep) {
    return steppedWithin(rep.moveStartMicros() - LEAD_MICROS, rep.holdStartMicros());
  }

  /**
   * Whether any foot struck the ground after being in the air between {@code fromMicros} and {@code
   * toMicros}, the step dated by the last moment the foot was in the air.
   */
  boolean steppedWithin(long fromMicros, long toMicros) {
    for (long[] track : steps) {
      for (long t : track) {
        if (t != Long.MIN_VALUE && t >= fromMicros && t <= toMicros) {
          return true;
        }
      }
    }
    return false;
  }
}
