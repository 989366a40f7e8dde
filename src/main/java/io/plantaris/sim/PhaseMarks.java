package io.plantaris.sim;

/**
 * The phase boundaries of a planned rep read off its pitch curve as docs/phases.md defines them:
 * the rise starts (and the lowering ends) where the pitch is 10 % of the rep's range above
 * standing, the hold lasts from the first to the last time the pitch is within 10 % of the peak.
 */
final class PhaseMarks {
  private PhaseMarks() {}

  /** {rise start, hold start, lowering start, lowering end}, ms. */
  static long[] of(RepPlan p) {
    long a = p.upStartMillis();
    long b = p.downEndMillis();
    int n = (int) (b - a) + 1;
    double[] v = new double[n];
    int ip = 0;
    for (int i = 0; i < n; i++) {
      v[i] = RepMotion.pitch(p, a + i);
      if (v[i] > v[ip]) {
        ip = i;
      }
    }
    double base = p.basePitchDegrees();
    double band = RepShaper.MARK * (v[ip] - base);
    double low = base + band;
    double high = v[ip] - band;
    int firstHigh = 0;
    while (v[firstHigh] < high) {
      firstHigh++;
    }
    int lastHigh = n - 1;
    while (v[lastHigh] < high) {
      lastHigh--;
    }
    int up = firstHigh;
    while (up > 0 && v[up - 1] >= low) {
      up--;
    }
    int end = lastHigh;
    while (end < n - 1 && v[end] > low) {
      end++;
    }
    return new long[] {a + up, a + firstHigh, a + lastHigh, a + end};
  }
}
