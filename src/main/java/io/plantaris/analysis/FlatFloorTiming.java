package io.plantaris.analysis;

/**
 * Phase times of a heel raise on a flat floor seen by pressure cells only. The load leaves the heel
 * within the first degrees of the rise and nothing under the foot changes after that, so the rise
 * is timed from how long the heel took to unload, and the descent from how long it took to reload.
 * The constants were calibrated on minimum-jerk heel raises through the flat-floor filter: the
 * unloading span grows linearly with the rise time, plus the filter's own spread.
 */
final class FlatFloorTiming {
  private FlatFloorTiming() {}

  /**
   * @return {rise start, hold start, descent start, descent end}, or null when the unloading and
   *     reloading are too slow for the time between them to be a heel raise
   */
  static long[] phases(
      AnalysisConfig cfg, long upStart, long holdStart, long downStart, long downEnd) {
    long u = rise(cfg, holdStart - upStart);
    long d = rise(cfg, downEnd - downStart);
    long up = upStart - Math.max(0, Math.round(cfg.heelOffLeadFraction() * u) - 65_000);
    long end = downEnd + Math.max(0, Math.round(cfg.heelOnTrailFraction() * d) - 100_000);
    if (u + d > 2.5 * (end - up)) {
      // A step in walking rolls over the foot: far slower unloading than a rise allows.
      return null;
    }
    long hold = up + u;
    long down = end - d;
    if (hold > down) {
      hold = Math.max(up, (hold + down) / 2);
      down = Math.min(end, Math.max(hold, down));
      hold = Math.min(hold, down);
    }
    return new long[] {up, hold, down, end};
  }

  private static long rise(AnalysisConfig cfg, long spanMicros) {
    return Math.max(
        100_000,
        Math.round(spanMicros / cfg.heelOffSpanFraction()) - cfg.heelSpanSpreadMillis() * 1000);
  }
}
