package io.plantaris.analysis;

/**
 * Whether a foot has stood quietly for a while: its load within a band around its mean and its rise
 * signal (centre of pressure or pitch) within a travel band, since the window began. Judged over a
 * window rather than on a rate: real standing sways the centre of pressure at 1-15 mm/s, as fast as
 * the start of a slow heel raise, but it goes back and forth within a few mm where a heel raise
 * travels on.
 */
final class QuietWindow {
  private static final long GAP_MICROS = 100_000;

  private final long windowMicros;
  private final double loadBand;
  private final double travelBand;
  private long since = Long.MIN_VALUE;
  private long lastT = Long.MIN_VALUE;
  private double loadMin;
  private double loadMax;
  private double posMin;
  private double posMax;

  /**
   * @param loadBand largest load range over the window, as a share of the window's mean load
   * @param travelBand largest range of the rise signal over the window, in its unit
   */
  QuietWindow(long windowMicros, double loadBand, double travelBand) {
    this.windowMicros = windowMicros;
    this.loadBand = loadBand;
    this.travelBand = travelBand;
  }

  /** Takes the next sample; true once load and position have stayed in their bands a window. */
  boolean update(long t, double loadN, double pos) {
    boolean gap = lastT == Long.MIN_VALUE || t - lastT > GAP_MICROS;
    lastT = t;
    if (gap || !(loadN > 0)) {
      restart(t, loadN, pos);
      return false;
    }
    double lMin = Math.min(loadMin, loadN);
    double lMax = Math.max(loadMax, loadN);
    double pMin = Math.min(posMin, pos);
    double pMax = Math.max(posMax, pos);
    if (lMax - lMin > loadBand * 0.5 * (lMax + lMin) || !(pMax - pMin <= travelBand)) {
      restart(t, loadN, pos);
      return false;
    }
    loadMin = lMin;
    loadMax = lMax;
    posMin = pMin;
    posMax = pMax;
    return t - since >= windowMicros;
  }

  private void restart(long t, double loadN, double pos) {
    since = t;
    loadMin = loadMax = loadN;
    posMin = posMax = pos;
  }
}
