package io.plantaris.analysis;

import java.util.Arrays;

/**
 * Remembers, for a ladder of rate levels, when the rise rate last was (or first fell) below each
 * level. The phase boundary is then read at the level that is a fixed fraction of the phase's own
 * peak rate, known only once the phase is over; this needs no sample history.
 *
 * <p>Both kinds of update touch only the levels whose answer changes, so a quiet sample costs a
 * compare or two rather than a pass over the ladder.
 */
final class BoundaryTimes {
  static final int LEVELS = 32;
  private static final double STEP = 1.25;

  private final double[] level = new double[LEVELS];
  private final long[] times = new long[LEVELS];

  /** Levels from this index up all hold {@link #fillTime} (lazy "last time below"). */
  private int fillFrom = LEVELS;

  private long fillTime;

  /** Levels from this index up are all set ("first time below"). */
  private int setFrom = LEVELS;

  /** The last answer of {@link #firstAbove}, where the next search starts. */
  private int hint;

  BoundaryTimes(double smallestLevel) {
    for (int k = 0; k < LEVELS; k++) {
      level[k] = smallestLevel * Math.pow(STEP, k);
    }
    clear();
  }

  void clear() {
    Arrays.fill(times, Long.MIN_VALUE);
    fillFrom = LEVELS;
    setFrom = LEVELS;
  }

  void fill(long t) {
    fillFrom = 0;
    fillTime = t;
    setFrom = 0;
  }

  private int firstAbove(double absRate) {
    if (absRate != absRate) {
      return 0;
    }
    // The rate moves little from one sample to the next: walk from the last answer, usually no
    // step or one, instead of searching the ladder for every sample.
    int k = hint;
    while (k > 0 && level[k - 1] > absRate) {
      k--;
    }
    while (k < LEVELS && level[k] <= absRate) {
      k++;
    }
    hint = k;
    return k;
  }

  /** Records {@code t} at every level above {@code absRate}: "last time below". */
  void markLastBelow(double absRate, long t) {
    int k0 = firstAbove(absRate);
    if (k0 > fillFrom) {
      // Levels between keep the previous lazy time: write it down before moving the boundary.
      for (int k = fillFrom; k < k0; k++) {
        times[k] = fillTime;
      }
    }
    fillFrom = k0;
    fillTime = t;
  }

  /** Records {@code t} at every level above {@code absRate} not yet set: "first time below". */
  void markFirstBelow(double absRate, long t) {
    materialise();
    int k0 = firstAbove(absRate);
    for (int k = k0; k < setFrom; k++) {
      times[k] = t;
    }
    setFrom = Math.min(setFrom, k0);
  }

  private void materialise() {
    for (int k = fillFrom; k < LEVELS; k++) {
      times[k] = fillTime;
    }
    fillFrom = LEVELS;
  }

  void copyFrom(BoundaryTimes other) {
    other.materialise();
    System.arraycopy(other.times, 0, times, 0, LEVELS);
    fillFrom = LEVELS;
    setFrom = other.setFrom;
  }

  /** The time at the largest level not above {@code rate}; MIN_VALUE when never reached. */
  long at(double rate) {
    materialise();
    return times[index(rate)];
  }

  /** The level {@link #at} answers for {@code rate}: the largest level not above it. */
  double levelAt(double rate) {
    return level[index(rate)];
  }

  private int index(double rate) {
    int k = 0;
    while (k + 1 < LEVELS && level[k + 1] <= rate) {
      k++;
    }
    return k;
  }

  /** Fraction of a minimum-jerk movement's duration before its speed reaches {@code f} of peak. */
  static double minJerkLead(double f) {
    double q = Math.sqrt(Math.min(Math.max(f, 0), 1));
    return Math.min(0.25, (1 - Math.sqrt(Math.max(0, 1 - q))) / 2);
  }

  int stateBytes() {
    return LEVELS * 16 + 32;
  }
}
