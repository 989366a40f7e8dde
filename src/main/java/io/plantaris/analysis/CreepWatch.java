package io.plantaris.analysis;

/**
 * Whether the pitch travels on at a slow, steady rate that the rate threshold calls still: a slow
 * rise (a partial rep drawn out over 6-8 s climbs 1-2 degrees a second at its start; one over 14 s,
 * under 1 degree a second throughout), which the standing level must not follow, or the rise is
 * never seen. Sway and drift go back and forth or slower. Keeps the last three seconds of the
 * signal, one entry per sample.
 */
final class CreepWatch {
  /** Over this window, a pitch that travels more than {@link #CREEP_FRACTION} of the rise... */
  private static final long WINDOW_MICROS = 1_000_000;

  /** ... of the smallest rise is moving, whatever its rate: the standing level stays put. */
  private static final double CREEP_FRACTION = 0.125;

  /**
   * Over this many windows, one that travels more than {@link #LONG_CREEP_FRACTION} of the smallest
   * rise is moving too: 0.67 degrees a second, held for 3 s, where sway goes back within a second
   * (wide seeds 20040-20399: missed reps 43 to 35, the slow partial rises; no more spurious or
   * false reps; 2 windows or 0.2 gain less, 4 no more).
   */
  private static final int LONG_WINDOWS = 3;

  private static final double LONG_CREEP_FRACTION = 0.25;

  private final float[] recent;
  private final int windowSamples;
  private final double minRise;
  private int next;
  private int size;

  /** The signal three seconds (of samples) before the current one; NaN until known. */
  private double before = Double.NaN;

  private double now = Double.NaN;

  CreepWatch(double sampleRateHz, double minRise) {
    long samples = Math.round(LONG_WINDOWS * sampleRateHz * WINDOW_MICROS / 1e6);
    this.recent = new float[(int) Math.max(LONG_WINDOWS, samples)];
    this.windowSamples = recent.length / LONG_WINDOWS;
    this.minRise = minRise;
  }

  /** Feeds the signal of one sample. */
  void add(double x) {
    before = size == recent.length ? recent[next] : Double.NaN;
    recent[next] = (float) x;
    next = next + 1 == recent.length ? 0 : next + 1;
    size = Math.min(size + 1, recent.length);
    now = x;
  }

  /**
   * Whether the signal climbed more than the creep share of the smallest rise over the last window,
   * or more than the long creep share over the last three.
   */
  boolean creeping() {
    if (before != before) {
      return false;
    }
    int k = next - 1 - windowSamples;
    double windowAgo = recent[k < 0 ? k + recent.length : k];
    return now - windowAgo > CREEP_FRACTION * minRise
        || now - before > LONG_CREEP_FRACTION * minRise;
  }

  int stateBytes() {
    return recent.length * 4 + 48;
  }
}
