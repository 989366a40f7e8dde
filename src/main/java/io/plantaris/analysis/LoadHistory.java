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
  private static final long SHARED_BEFORE_MICROS = 2_000_000;
  private static final long QUICK_RISE_MICROS = 1_200_000;
  private static final double ALONE_RATIO = 1.6;
  private static final double GIVEN_UP = 0.5;

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
    long to = during(upStartMicros, downEndMicros);
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

  /**
   * Whether the other foot stepped through as this heel rose (a lunge's rear foot, a stride): this
   * foot had shared the load ({@link #SHARED_BEFORE_MICROS} before the rise), took all of it for a
   * moment just before the rise (at least {@link #ALONE_RATIO} times as much: the other foot in the
   * air), and gave more than half of it up as the heel came up quickly (under {@link
   * #QUICK_RISE_MICROS}: the other foot planted ahead as the body falls forward). Weight leant onto
   * the other foot in a heel raise moves over seconds of a slow rise, and a free foot lifted just
   * before a single-leg rep leaves this foot the whole load through it.
   *
   * @param riseMicros the rise, between the rate's boundaries
   */
  boolean steppedThrough(long upStartMicros, long riseMicros, long downEndMicros) {
    if (riseMicros >= QUICK_RISE_MICROS) {
      return false;
    }
    double shared = ring.at(upStartMicros - SHARED_BEFORE_MICROS);
    double alone = 0;
    for (long t = upStartMicros - BEFORE_MICROS; t <= upStartMicros; t += STEP_MICROS) {
      alone = Math.max(alone, ring.at(t));
    }
    double during = ring.at(during(upStartMicros, downEndMicros));
    return shared > 0 && alone >= ALONE_RATIO * shared && during <= GIVEN_UP * alone;
  }

  /** Where the load is read during the rise: a second into it, or at the rep's middle. */
  private static long during(long upStartMicros, long downEndMicros) {
    return Math.min(upStartMicros + AFTER_MICROS, (upStartMicros + downEndMicros) / 2);
  }

  /** Load about a second into the rise (or at the rep's middle) over the load just before it. */
  double shiftRatio() {
    return shiftRatio;
  }

  /** Time from 10% to 90% of the load's change; NaN without a clear change. */
  double shiftMillis() {
    return shiftMillis;
  }

  /**
   * The mean load from {@code fromMicros} to {@code toMicros}; NaN when the history kept does not
   * reach back to the start (a rep longer than the history) or holds no entry in the span.
   */
  double meanOver(long fromMicros, long toMicros) {
    if (ring.size() == 0 || ring.timeAt(0) > fromMicros) {
      return Double.NaN;
    }
    double sum = 0;
    int n = 0;
    for (int k = 0; k < ring.size(); k++) {
      long t = ring.timeAt(k);
      double v = ring.valueAt(k);
      if (t >= fromMicros && t <= toMicros && v == v) {
        sum += v;
        n++;
      }
    }
    return n > 0 ? sum / n : Double.NaN;
  }

  /**
   * The other foot's share of the two feet's load over {@code rep}'s own span, where both feet's
   * histories reach back to its start; else {@code sinceRise}, the share since this foot's tracker
   * saw the rise begin, which for a free foot resting on its toes can be long before the rep.
   */
  static double otherShare(LoadHistory own, LoadHistory other, FootRep rep, double sinceRise) {
    double a = own.meanOver(rep.upStartMicros(), rep.downEndMicros());
    double b = other.meanOver(rep.upStartMicros(), rep.downEndMicros());
    return a + b > 0 ? b / (a + b) : sinceRise;
  }

  int stateBytes() {
    return ring.stateBytes() + 16;
  }
}
