package io.plantaris.analysis;

/**
 * The last seconds of one foot's load, and how it shifted around a rise start: planting the other
 * foot to rise on two moves about half the load off this foot before the push, quickly; leaning
 * onto the other foot during a rep moves it more slowly.
 */
final class LoadHistory {
  private static final long BEFORE_MICROS = 600_000;
  private static final long AFTER_MICROS = 1_000_000;
  private static final long STEP_MICROS = 20_000;

  private final TimeRing ring;
  private double shiftRatio = Double.NaN;
  private double shiftMillis = Double.NaN;

  LoadHistory(double sampleRateHz) {
    ring = new TimeRing(sampleRateHz, 16);
  }

  void add(long timeMicros, double loadN) {
    ring.add(timeMicros, loadN);
  }

  double at(long timeMicros) {
    return ring.at(timeMicros);
  }

  /**
   * Measures the shift around a rise starting at {@code upStartMicros} (both times already
   * corrected for the filter delay) into {@link #shiftRatio()} and {@link #shiftMillis()}.
   */
  void measureShift(long upStartMicros, long downEndMicros) {
    shiftRatio = Double.NaN;
    shiftMillis = Double.NaN;
    long from = upStartMicros - BEFORE_MICROS;
    long to = Math.min(upStartMicros + AFTER_MICROS, (upStartMicros + downEndMicros) / 2);
    double before = ring.at(from);
    double after = ring.at(to);
    double change = after - before;
    shiftRatio = before > 0 ? after / before : Double.NaN;
    if (!(Math.abs(change) > 0.1 * before)) {
      return;
    }
    long t10 = Long.MIN_VALUE;
    for (long t = from; t <= to; t += STEP_MICROS) {
      double f = (ring.at(t) - before) / change;
      if (t10 == Long.MIN_VALUE && f >= 0.1) {
        t10 = t;
      }
      if (f >= 0.9) {
        shiftMillis = (t - t10) / 1000.0;
        return;
      }
    }
  }

  /** Load about a second into the rise (or at the rep's middle) over the load just before it. */
  double shiftRatio() {
    return shiftRatio;
  }

  /** Time from 10% to 90% of the load's change; NaN without a clear change. */
  double shiftMillis() {
    return shiftMillis;
  }

  int stateBytes() {
    return ring.stateBytes() + 16;
  }
}
