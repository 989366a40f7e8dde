package io.plantaris.analysis;

/**
 * Whether the pitch travels on at a slow, steady rate that the rate threshold calls still: a slow
 * rise (a partial rep drawn out over 6-8 s climbs 1-2 degrees a second at its start), which the
 * standing level must not follow, or the rise is never seen. Sway and drift go back and forth or
 * slower. Keeps the last second of the signal, one entry per sample.
 */
final class CreepWatch {
  /** Over this window, a pitch that travels more than {@link #CREEP_FRACTION} of the rise... */
  private static final long WINDOW_MICROS = 1_000_000;

  /** ... of the smallest rise is moving, whatever its rate: the standing level stays put. */
  private static final double CREEP_FRACTION = 0.125;

  private final float[] recent;
  private final double minRise;
  private int next;
  private int size;

  /** The signal a second (of samples) before the current one; NaN until known. */
  private double before = Double.NaN;

  private double now = Double.NaN;

  CreepWatch(double sampleRateHz, double minRise) {
    this.recent = new float[(int) Math.max(1, Math.round(sampleRateHz * WINDOW_MICROS / 1e6))];
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

  /** Whether the signal climbed more than the creep share of the smallest rise over the window. */
  boolean creeping() {
    return before == before && now - before > CREEP_FRACTION * minRise;
  }

  int stateBytes() {
    return recent.length * 4 + 48;
  }
}
