package io.plantaris.analysis;

import java.util.Arrays;

/**
 * The median of the last few values added (the upper of the two middle ones for an even count): one
 * odd value, a rep read with the weight briefly elsewhere, does not move it.
 */
final class RecentMedian {
  private final double[] ring;
  private int added;

  /**
   * @param size how many of the latest values the median is taken over
   */
  RecentMedian(int size) {
    ring = new double[size];
  }

  void add(double value) {
    ring[added++ % ring.length] = value;
  }

  boolean isEmpty() {
    return added == 0;
  }

  /** The median of the values kept; call only when not {@link #isEmpty()}. */
  double median() {
    int n = Math.min(added, ring.length);
    double[] sorted = Arrays.copyOf(ring, n);
    Arrays.sort(sorted);
    return sorted[n / 2];
  }
}
