package io.plantaris.store;

import java.util.Arrays;

/**
 * The recent live samples of one insole in primitive arrays: time, heel share, pitch and heel rise.
 * Adding a sample allocates nothing; cutting a window out of it (once per rep) averages the samples
 * into fixed time steps.
 */
final class CurveRing {
  private final long[] timeMicros;
  private final float[] heel;
  private final float[] pitch;
  private final float[] rise;
  private int next;
  private int size;

  CurveRing(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("capacity must be >= 2, was " + capacity);
    }
    timeMicros = new long[capacity];
    heel = new float[capacity];
    pitch = new float[capacity];
    rise = new float[capacity];
  }

  /** Adds a sample; a sample older than the newest one (a restarted stream) starts afresh. */
  void add(long tMicros, double heelShare, double pitchDegrees, double heelRiseMm) {
    if (size > 0 && tMicros < latestMicros()) {
      size = 0;
    }
    timeMicros[next] = tMicros;
    heel[next] = (float) heelShare;
    pitch[next] = (float) pitchDegrees;
    rise[next] = (float) heelRiseMm;
    next = (next + 1) % timeMicros.length;
    size = Math.min(size + 1, timeMicros.length);
  }

  /** Time of the newest sample; Long.MIN_VALUE when empty. */
  long latestMicros() {
    return size == 0
        ? Long.MIN_VALUE
        : timeMicros[(next - 1 + timeMicros.length) % timeMicros.length];
  }

  /**
   * The samples in {@code [fromMicros, toMicros)} averaged in steps of {@code stepMillis} (NaN
   * samples left out, NaN for a step without a value), leading and trailing steps without any
   * sample dropped. Each step's value sits at its middle.
   *
   * @return the three series and the first value's time relative to {@code zeroMicros}; null when
   *     no sample falls in the window
   */
  Window cut(long fromMicros, long toMicros, long zeroMicros, int stepMillis) {
    long stepMicros = stepMillis * 1000L;
    int steps = (int) Math.max(0, (toMicros - fromMicros + stepMicros - 1) / stepMicros);
    double[][] sum = new double[3][steps];
    int[][] count = new int[3][steps];
    boolean[] seen = new boolean[steps];
    int start = (next - size + timeMicros.length) % timeMicros.length;
    for (int k = 0; k < size; k++) {
      int i = (start + k) % timeMicros.length;
      long t = timeMicros[i];
      if (t < fromMicros || t >= toMicros) {
        continue;
      }
      int b = (int) ((t - fromMicros) / stepMicros);
      seen[b] = true;
      addTo(sum[0], count[0], b, heel[i]);
      addTo(sum[1], count[1], b, pitch[i]);
      addTo(sum[2], count[2], b, rise[i]);
    }
    int first = 0;
    while (first < steps && !seen[first]) {
      first++;
    }
    int last = steps - 1;
    while (last >= first && !seen[last]) {
      last--;
    }
    if (first > last) {
      return null;
    }
    float[][] out = new float[3][last - first + 1];
    for (int s = 0; s < 3; s++) {
      Arrays.fill(out[s], Float.NaN);
      for (int b = first; b <= last; b++) {
        if (count[s][b] > 0) {
          out[s][b - first] = (float) (sum[s][b] / count[s][b]);
        }
      }
    }
    long firstMidMicros = fromMicros + first * stepMicros + stepMicros / 2;
    int offsetMillis = (int) Math.floorDiv(firstMidMicros - zeroMicros, 1000L);
    return new Window(offsetMillis, out[0], out[1], out[2]);
  }

  private static void addTo(double[] sum, int[] count, int b, float v) {
    if (v == v) {
      sum[b] += v;
      count[b]++;
    }
  }

  /** A cut-out window: time of the first value relative to the rep's start, and the series. */
  record Window(int startOffsetMillis, float[] heel, float[] pitch, float[] rise) {}
}
