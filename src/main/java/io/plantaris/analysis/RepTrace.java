package io.plantaris.analysis;

/**
 * The rise signal of the last seconds, kept so a finished rep's phase boundaries can be read off
 * its own curve as docs/phases.md defines them: the rise starts (and the lowering ends) where the
 * signal crosses standing + 10 % of the rep's range, the hold lasts from the first to the last time
 * the signal is within 10 % of the range below the peak. Each crossing is interpolated between the
 * two samples around it.
 *
 * <p>At most 50 entries per second are kept ({@link TimeRing}), so the state is the same whatever
 * the sample rate; a rep longer than the trace, or one whose start is older than the trace, has no
 * marks and keeps the boundaries the rate gave.
 */
final class RepTrace {
  /** Share of the rep's range that marks its boundaries. */
  static final double MARK = 0.1;

  /**
   * A rise between the marks faster than this is thrown, not raised under control, whatever the
   * lowering: the quickest real heel raises at hand (CMU reps 1-5) rise in 250-360 ms by the ankle
   * angle; a walk's U-turn flicks the heel up in 120-190 ms and lowers it in 300-400 ms (wide seeds
   * 20072, 20107, 20142).
   */
  static final long BALLISTIC_RISE_MICROS = 200_000;

  private final TimeRing ring;

  /** Marks of the last {@link #read}: rise start, hold start, lowering start, lowering end. */
  long upStart;

  long holdStart;
  long downStart;
  long downEnd;

  /**
   * @param seconds how much signal is kept: the longest rep whose marks can be read
   */
  RepTrace(double sampleRateHz, double seconds) {
    ring = new TimeRing(sampleRateHz, seconds);
  }

  /** The marks of the last {@link #read}, {rise start, hold start, lowering start, end}. */
  long[] marks() {
    return new long[] {upStart, holdStart, downStart, downEnd};
  }

  void add(long timeMicros, double value) {
    ring.add(timeMicros, value);
  }

  private double[] smooth;

  /** The range of the curve the last {@link #readSmoothed} read, peak less standing. */
  double smoothedRange;

  private double value(int k) {
    return smooth != null ? smooth[k] : ring.valueAt(k);
  }

  /**
   * Reads as {@link #read(double, double, double, long, long)} does, from the trace smoothed over
   * {@code windowMicros} centred on each entry (no delay, as a rep is read once it is over), the
   * rep's peak taken from the smoothed curve: a sway at the top faster than the window is averaged
   * out, a rise slower than it is not.
   */
  boolean readSmoothed(
      double standing, double after, long notBeforeMicros, long backDownMicros, long windowMicros) {
    int size = ring.size();
    double[] sm = new double[size];
    double peak = Double.NEGATIVE_INFINITY;
    int lo = 0;
    int hi = 0;
    double sum = 0;
    for (int k = 0; k < size; k++) {
      long t = ring.timeAt(k);
      while (hi < size && ring.timeAt(hi) <= t + windowMicros / 2) {
        sum += ring.valueAt(hi++);
      }
      while (ring.timeAt(lo) < t - windowMicros / 2) {
        sum -= ring.valueAt(lo++);
      }
      sm[k] = sum / (hi - lo);
      if (t >= notBeforeMicros && t <= backDownMicros) {
        peak = Math.max(peak, sm[k]);
      }
    }
    smoothedRange = peak - standing;
    smooth = sm;
    try {
      return read(standing, after, peak, notBeforeMicros, backDownMicros);
    } finally {
      smooth = null;
    }
  }

  private long time(int k) {
    return ring.timeAt(k);
  }

  /**
   * Whether the rise and the lowering read by {@link #read} each took less than {@code minMicros}
   * between the marks, or the rise alone less than {@link #BALLISTIC_RISE_MICROS}: a jolt (a
   * stride's push-off and landing, a stamp, a step onto a box, the heel flicked up in a walk's
   * turn), not a rise and a lowering under control, of which at least one takes longer even when
   * the rate's boundaries, widened by slow starts and ends, let the movement pass as one.
   */
  boolean jolt(long minMicros) {
    long rise = holdStart - upStart;
    return rise < BALLISTIC_RISE_MICROS || (rise < minMicros && downEnd - downStart < minMicros);
  }

  /**
   * Reads the marks of the rep that rose from {@code standing} to {@code peak} after {@code
   * notBeforeMicros} (the previous rep's end), was back down by {@code backDownMicros} and settled
   * at {@code after} (used only when it is back no lower than that, NaN: unknown).
   *
   * @return true when the trace holds the whole rep (below the rise mark before the top and below
   *     the lowering mark after it) and the marks are in the fields; false otherwise, when the
   *     fields are unchanged
   */
  boolean read(
      double standing, double after, double peak, long notBeforeMicros, long backDownMicros) {
    double range = peak - standing;
    int size = ring.size();
    if (!(range > 0) || size < 3) {
      return false;
    }
    double low = standing + MARK * range;
    double high = peak - MARK * range;
    int first = 0;
    while (first < size && time(first) < notBeforeMicros) {
      first++;
    }
    int last = size - 1;
    while (last > first && time(last) > backDownMicros) {
      last--;
    }
    // the top: the first and the last entry within the top band
    int firstHigh = first;
    while (firstHigh <= last && value(firstHigh) < high) {
      firstHigh++;
    }
    int lastHigh = last;
    while (lastHigh >= firstHigh && value(lastHigh) < high) {
      lastHigh--;
    }
    if (firstHigh > last || lastHigh < firstHigh) {
      return false;
    }
    // one top: where the signal fell back below the rise mark between the band's first and last
    // entries, the earlier ones were another movement (strides of a walk judged no rep)
    for (int k = lastHigh - 1; k > firstHigh; k--) {
      if (value(k) < low) {
        firstHigh = k;
        while (value(firstHigh) < high) {
          firstHigh++;
        }
        break;
      }
    }
    // Standing is where the foot stood just before this rise: after a quick rep the foot may come
    // to rest higher than the level the tracker learnt (no time to follow it), and a band read
    // from that older level widens the whole rep, or finds no rise start within the rest at all
    // (CMU reps 3-5: 0.65 s between reps, the foot settling 2-3 degrees higher each time).
    // (Only where it came to rest after the trace's start: a trace that begins on the way up does
    // not show where the foot stood.)
    int stoodAt = first;
    for (int k = first + 1; k < firstHigh; k++) {
      stoodAt = value(k) < value(stoodAt) ? k : stoodAt;
    }
    double stood = value(stoodAt);
    if (stoodAt > first && stood > standing) {
      standing = stood;
      range = peak - standing;
      low = standing + MARK * range;
      high = peak - MARK * range;
      while (firstHigh < lastHigh && value(firstHigh) < high) {
        firstHigh++;
      }
      while (lastHigh > firstHigh && value(lastHigh) < high) {
        lastHigh--;
      }
    }
    int up = firstHigh;
    while (up > first && value(up - 1) >= low) {
      up--;
    }
    if (up == first) {
      return false; // the rise started before the trace (or the previous rep) began
    }
    int limit = size - 1;
    double lowAfter = low;
    int end = below(lastHigh, lowAfter);
    // the signal passed the mark after the trace's last entry (it keeps at most 50 a second): a
    // slow lowering's last tenth, read as a foot at rest above its mark, ended a second early
    boolean passedSince = end == limit && after <= low;
    if (end == limit && !passedSince && after > standing && after < high) {
      // the foot settled higher than it rose from (set down elsewhere, gyro drift): the lowering
      // ends 10 % of its own range above where it came to rest
      lowAfter = after + MARK * (peak - after);
      end = below(lastHigh, lowAfter);
    }
    if (end == limit && !passedSince) {
      return false; // not back below the lowering mark
    }
    upStart = crossing(up - 1, low);
    holdStart = firstHigh == 0 ? time(0) : crossing(firstHigh - 1, high);
    downStart = lastHigh == limit ? time(limit) : crossing(lastHigh, high);
    downEnd = passedSince ? time(limit) : crossing(end, lowAfter);
    return true;
  }

  /** The last entry from {@code k} on before the signal falls to {@code level} or below. */
  private int below(int k, double level) {
    int limit = ring.size() - 1;
    while (k < limit && value(k + 1) > level) {
      k++;
    }
    return k;
  }

  /** Time at which the signal between entries k and k + 1 crosses {@code level}. */
  private long crossing(int k, double level) {
    double a = value(k);
    double b = value(k + 1);
    long ta = time(k);
    long tb = time(k + 1);
    double f = a == b ? 0.5 : (level - a) / (b - a);
    f = Math.min(1, Math.max(0, f));
    return ta + Math.round(f * (tb - ta));
  }

  int stateBytes() {
    return ring.stateBytes() + 48;
  }
}
