package io.plantaris.analysis;

import java.util.function.Supplier;

/**
 * Phase times of a heel raise on a flat floor seen by pressure cells only. The load leaves the heel
 * within the first degrees of the rise and nothing under the foot changes after that, so the rise
 * is timed from how long the heel took to unload, and the descent from how long it took to reload.
 * The constants were calibrated on minimum-jerk heel raises through the flat-floor filter: the
 * unloading span grows linearly with the rise time, plus the filter's own spread.
 *
 * <p>{@link #phases} gives the movements' start and end; {@link #marks} moves them to the 10 %
 * marks (docs/phases.md). That is a model of the simulator, fitted on the older simulator's seeds
 * 1000-1199 (force8: onset bias +14 ms, lowering end -7 ms, median errors 19 and 31 ms): the marks
 * themselves cannot be seen under the foot, and the split between rise, hold and lowering is not
 * observable.
 */
final class FlatFloorTiming {
  /**
   * Share of the modelled rise by which its 10 % mark comes after the modelled start (a
   * minimum-jerk movement's own share is 0.247).
   */
  static final double RISE_MARK_LEAD = 0.25;

  /** Share of the modelled descent by which its 10 % mark comes before the modelled end. */
  static final double LOWERING_MARK_TRAIL = 0.26;

  /**
   * The time between the rise's marks as a share of the modelled rise: the marks' rise outlasts the
   * heel's unloading model, which was fitted to movements of 3 s.
   */
  static final double RISE_SHARE = 0.86;

  /** The same for the lowering, whose heel reloads later in the movement than it unloaded. */
  static final double LOWERING_SHARE = 0.89;

  /** Share of a minimum-jerk movement's time before it has covered 10 % of its range. */
  static final double MIN_JERK_MARK_LEAD = 0.2466;

  private FlatFloorTiming() {}

  /**
   * The 10 % marks of a rise from {@code upStart} to {@code holdStart} and a descent from {@code
   * downStart} to {@code downEnd} as {@link #phases} gives them.
   *
   * @return {rise start, hold start, descent start, descent end}
   */
  static long[] marks(long[] rate) {
    long upStart = rate[0];
    long holdStart = rate[1];
    long downStart = rate[2];
    long downEnd = rate[3];
    long u = holdStart - upStart;
    long d = downEnd - downStart;
    long up = upStart + Math.round(RISE_MARK_LEAD * u);
    long end = downEnd - Math.round(LOWERING_MARK_TRAIL * d);
    long hold = up + Math.round(RISE_SHARE * u);
    long down = end - Math.round(LOWERING_SHARE * d);
    if (hold > down) {
      // no time left at the top: the rise and the lowering meet halfway
      hold = Math.max(up, Math.min(end, (hold + down) / 2));
      down = hold;
    }
    return new long[] {up, hold, down, end};
  }

  /**
   * The 10 % marks of a rise from {@code upStart} to {@code holdStart} and a descent from {@code
   * downStart} to {@code downEnd}, each a minimum-jerk movement (the rate's boundaries of a rep
   * whose own curve cannot be read).
   */
  static long[] minJerkMarks(long[] rate) {
    long u = Math.round(MIN_JERK_MARK_LEAD * (rate[1] - rate[0]));
    long d = Math.round(MIN_JERK_MARK_LEAD * (rate[3] - rate[2]));
    return new long[] {rate[0] + u, rate[1] - u, rate[2] + d, rate[3] - d};
  }

  /**
   * Times a flat-floor rep from the rate's boundaries {@code rate}: by {@link #phases}; where that
   * calls the unloading too slow, by the rep's own marks if {@code marks} reads them (null: none);
   * failing that, {@link #capped}.
   *
   * @return {rise start, hold start, descent start, descent end}
   */
  static long[] time(AnalysisConfig cfg, long[] rate, long repMillis, Supplier<RepTrace> marks) {
    long[] p = phases(cfg, rate[0], rate[1], rate[2], rate[3]);
    RepTrace trace = p == null ? marks.get() : null;
    if (trace != null) {
      p = phases(cfg, rate[0], rate[1], rate[2], rate[3], trace);
    }
    return p != null ? p : capped(cfg, rate[0], rate[1], rate[2], rate[3], repMillis);
  }

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

  /**
   * The same, when {@link #phases} called the heel's unloading or reloading too slow (a step of
   * walking): a wobble of the centre of pressure at the top (sway with the heel off) keeps the rate
   * up long after the heel is off, while where the signal first and last stood within 10 % of its
   * peak ({@code marks}, read off the rep's own curve) tells the unloading and reloading apart. A
   * step of walking rolls the centre of pressure over the foot at an even pace and stays refused.
   */
  static long[] phases(
      AnalysisConfig cfg,
      long upStart,
      long holdStart,
      long downStart,
      long downEnd,
      RepTrace marks) {
    return phases(
        cfg,
        upStart,
        Math.min(holdStart, marks.holdStart),
        Math.max(downStart, marks.downStart),
        downEnd);
  }

  /**
   * The same, when {@link #phases} called the heel's unloading or reloading too slow for a heel
   * raise although the heel came off the floor: a slow rise with sway at the top keeps the centre
   * of pressure moving long after the heel is off. Each span is taken at most as long as the heel's
   * unloading in a rise of the prescribed tempo (3 of the rep's 8 parts) takes.
   *
   * @param repMillis the prescribed time of one rep, up, hold and down
   */
  static long[] capped(
      AnalysisConfig cfg,
      long upStart,
      long holdStart,
      long downStart,
      long downEnd,
      long repMillis) {
    long upMicros = repMillis * 1000 * 3 / 8;
    long cap =
        Math.round((upMicros + cfg.heelSpanSpreadMillis() * 1000) * cfg.heelOffSpanFraction());
    long hold = upStart + Math.min(holdStart - upStart, cap);
    long down = downEnd - Math.min(downEnd - downStart, cap);
    long[] p = phases(cfg, upStart, hold, down, downEnd);
    if (p != null) {
      return p;
    }
    long mid = upStart + (downEnd - upStart) / 2;
    return new long[] {upStart, mid, mid, downEnd};
  }

  private static long rise(AnalysisConfig cfg, long spanMicros) {
    return Math.max(
        100_000,
        Math.round(spanMicros / cfg.heelOffSpanFraction()) - cfg.heelSpanSpreadMillis() * 1000);
  }
}
