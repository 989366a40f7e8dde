package io.plantaris.analysis;

import java.util.Arrays;

/**
 * Whether a foot's "rep" is the free foot of the other's reps. In a single-leg set the free foot
 * rests on its toes or hangs beside the working one: with an IMU alone its pitch rises as it is
 * lifted and falls as it is put down, a rise, a top and a lowering like a rep's, but its top holds
 * through the working foot's reps. No heel raise holds its top while the other foot does a whole
 * rep, rise to lowering: in a two-legged rep both feet rise and come down together.
 */
final class FreeFootWatch {
  /** Reps kept per foot: a free foot's top may hold through several of the other's. */
  private static final int KEPT = 8;

  private final long[][] upStart;
  private final long[][] downEnd;
  private final int[] next;

  FreeFootWatch(int tracks) {
    upStart = new long[tracks][KEPT];
    downEnd = new long[tracks][KEPT];
    next = new int[tracks];
    for (long[] u : upStart) {
      Arrays.fill(u, Long.MIN_VALUE);
    }
  }

  /** A rep foot {@code track} finished that may count (not a jolt, which counts with no top). */
  void finished(int track, FootRep rep) {
    if (rep.jolt()) {
      return;
    }
    upStart[track][next[track]] = rep.upStartMicros();
    downEnd[track][next[track]] = rep.downEndMicros();
    next[track] = (next[track] + 1) % KEPT;
  }

  /**
   * Whether the top of {@code rep} held from before another foot's rep rose until it was down. Only
   * for an insole without cells: with cells a free foot is seen to carry next to nothing (and is
   * dropped for that), while a foot resting on its toes that joins a two-legged rep carries weight
   * and its own "rep" spans the other's (wide seeds 20086, 20163, 20166, 20173).
   */
  boolean heldThroughOthers(int track, FootRep rep) {
    if (!Double.isNaN(rep.meanLoadN())) {
      return false;
    }
    for (int k = 0; k < upStart.length; k++) {
      if (k == track) {
        continue;
      }
      for (int j = 0; j < KEPT; j++) {
        long up = upStart[k][j];
        if (up != Long.MIN_VALUE
            && up >= rep.holdStartMicros()
            && downEnd[k][j] <= rep.downStartMicros()) {
          return true;
        }
      }
    }
    return false;
  }
}
