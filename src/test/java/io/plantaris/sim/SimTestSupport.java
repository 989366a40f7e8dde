package io.plantaris.sim;

import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Track;

/** Helpers that read simulated tracks the way a test needs them. */
final class SimTestSupport {
  private SimTestSupport() {}

  static int indexAt(Track track, long millis) {
    long us = millis * 1000;
    long[] t = track.timeMicros();
    int lo = 0;
    int hi = t.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t[mid] < us) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static double total(Track track, int k) {
    double sum = 0;
    for (float v : track.cellNewtons()[k]) {
      if (!Float.isNaN(v)) {
        sum += v;
      }
    }
    return sum;
  }

  static double group(Track track, int k, PlantarRegion.Group group) {
    double sum = 0;
    for (int i = 0; i < track.layout().cellCount(); i++) {
      if (track.layout().cells().get(i).region().group() == group) {
        sum += track.cellNewtons()[k][i];
      }
    }
    return sum;
  }

  /** Mean of {@code f} over the samples in {@code fromMillis..toMillis}. */
  static double mean(
      Track track, long fromMillis, long toMillis, java.util.function.IntToDoubleFunction f) {
    int a = indexAt(track, fromMillis);
    int b = indexAt(track, toMillis);
    double s = 0;
    for (int k = a; k < b; k++) {
      s += f.applyAsDouble(k);
    }
    return s / Math.max(1, b - a);
  }

  static double max(
      Track track, long fromMillis, long toMillis, java.util.function.IntToDoubleFunction f) {
    double m = Double.NEGATIVE_INFINITY;
    for (int k = indexAt(track, fromMillis); k < indexAt(track, toMillis); k++) {
      m = Math.max(m, f.applyAsDouble(k));
    }
    return m;
  }
}
