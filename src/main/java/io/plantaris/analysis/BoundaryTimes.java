package io.plantaris.analysis;

import java.util.Arrays;

/**
 * Remembers, for a ladder of rate levels, when the rise rate last was (or first fell) below each
 * level. The phase boundary is then read at the level that is a fixed fraction of the phase's own
 * peak rate, known only once the phase is over; this needs no sample history.
 */
final class BoundaryTimes {
  static final int LEVELS = 32;
  private static final double STEP = 1.25;

  private final double[] level = new double[LEVELS];
  private final long[] times = new long[LEVELS];

  BoundaryTimes(double smallestLevel) {
    for (int k = 0; k < LEVELS; k++) {
      level[k] = smallestLevel * Math.pow(STEP, k);
    }
    clear();
  }

  void clear() {
    Arrays.fill(times, Long.MIN_VALUE);
  }

  void fill(long t) {
    Arrays.fill(times, t);
  }

  /** Records {@code t} at every level above {@code absRate}: "last time below". */
  void markLastBelow(double absRate, long t) {
    for (int k = LEVELS - 1; k >= 0 && absRate < level[k]; k--) {
      times[k] = t;
    }
  }

  /** Records {@code t} at every level above {@code absRate} not yet set: "first time below". */
  void markFirstBelow(double absRate, long t) {
    for (int k = LEVELS - 1; k >= 0 && absRate < level[k]; k--) {
      if (times[k] == Long.MIN_VALUE) {
        times[k] = t;
      }
    }
  }

  void copyFrom(BoundaryTimes other) {
    System.arraycopy(other.times, 0, times, 0, LEVELS);
  }

  /** The time at the largest level not above {@code rate}; MIN_VALUE when never reached. */
  long at(double rate) {
    int k = 0;
    while (k + 1 < LEVELS && level[k + 1] <= rate) {
      k++;
    }
    return times[k];
  }

  int stateBytes() {
    return LEVELS * 16;
  }
}
