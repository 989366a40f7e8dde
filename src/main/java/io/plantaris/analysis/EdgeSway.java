package io.plantaris.analysis;

/**
 * The toes' sway over a step edge, on pressure cells alone, told from a rep. With the heel hanging
 * the cells see only the centre of pressure move along the forefoot, and the sway at the top (1-3
 * Hz) moves it as far as the rep itself: up and back within a second, down to the bottom for
 * 100-300 ms. So over an edge a rep must last {@link #MIN_REP_MICROS}, its marks are read off its
 * curve smoothed over {@link #SMOOTH_MICROS}, and it is back at the bottom only after {@link
 * #SWAY_DIP_MICROS} there. Elsewhere the watch tells the return at once.
 */
final class EdgeSway {
  /**
   * A "rep" shorter than this from its start to its end is the sway at the top of a rep the cells
   * cannot see (wide seeds 20040-20399: every one of 57 such, against truth reps of 6-17 s), not a
   * rep. The fastest simulated reps take 2.1 s.
   */
  static final long MIN_REP_MICROS = 2_000_000;

  /**
   * Zero-phase smoothing of the curve the marks are read from: wider than a sway at 1-3 Hz, narrow
   * against a rise of 2-6 s (wide seeds 20040-20399, before the range rule of {@link #rep}: missed
   * reps 65 to 37; 0.4 s 39, 1.2 s 40).
   */
  static final long SMOOTH_MICROS = 600_000;

  /**
   * Longer below the return level than a sway dip lasts: the lowering is back (wide seeds 20336,
   * 20201: reps cut at the top by a dip and split in two, or missed after it).
   */
  static final long SWAY_DIP_MICROS = 400_000;

  /**
   * Whether a rep over a step edge on cells alone is one, not the toes' sway: it lasts {@link
   * #MIN_REP_MICROS} by the rate and by its marks, and its smoothed curve rises at least {@code
   * minRise} (a sway's "rep" at the top of one the cells cannot see: 1-3 mm, a rep's 6-15 mm).
   *
   * @param smoothedMarks the trace as {@link RepTrace#readSmoothed} read it; null: no marks
   */
  static boolean rep(long wholeMicros, RepTrace smoothedMarks, double minRise) {
    if (wholeMicros < MIN_REP_MICROS) {
      return false;
    }
    RepTrace m = smoothedMarks;
    return m == null || (m.downEnd - m.upStart >= MIN_REP_MICROS && m.smoothedRange >= minRise);
  }

  /**
   * How far back the marks of a rep timed by the rate at {@code rate} may be looked for: no further
   * than its own length before it, so the sway of a long stance before it reads as no rise.
   */
  static long notBefore(long traceFrom, long[] rate) {
    return Math.max(traceFrom, rate[0] - (rate[3] - rate[0]));
  }

  private long belowSince = Long.MIN_VALUE;
  private boolean reached;
  private long lowAt;
  private double low;

  /** A new rep rises. */
  void start() {
    belowSince = Long.MIN_VALUE;
    reached = false;
  }

  /**
   * Takes the lowering's next sample.
   *
   * @param below the signal is below the rep's return level
   * @param swayDips the toes' sway can dip the signal there (over a step edge, cells alone)
   * @return true when the rep is back at the bottom
   */
  boolean back(long t, double x, boolean below, boolean swayDips) {
    if (!below) {
      belowSince = Long.MIN_VALUE;
      return false;
    }
    if (belowSince == Long.MIN_VALUE) {
      belowSince = t;
      if (!reached || x < low) {
        lowAt = t;
        low = x;
      }
      reached = true;
    }
    boolean back = !swayDips || t - belowSince >= SWAY_DIP_MICROS;
    if (back) {
      belowSince = Long.MIN_VALUE;
    }
    return back;
  }

  /** Whether the lowering came down to the return level at some moment since the rise. */
  boolean reached() {
    return reached;
  }

  /** When it first came there lowest, and how low: where it was back if lifted from there. */
  long lowAt() {
    return lowAt;
  }

  double low() {
    return low;
  }
}
