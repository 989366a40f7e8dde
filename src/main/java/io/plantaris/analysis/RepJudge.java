package io.plantaris.analysis;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Decides every reason a rep does not count, against the prescription and the person's norms. */
final class RepJudge {
  private final Prescription rx;
  private final AnalysisConfig cfg;

  /** Per insole track: the heel's share of the load at the bottom before its last reps. */
  private final Map<Integer, RecentMedian> bottoms;

  RepJudge(Prescription rx, AnalysisConfig cfg) {
    this(rx, cfg, new HashMap<>());
  }

  private RepJudge(Prescription rx, AnalysisConfig cfg, Map<Integer, RecentMedian> bottoms) {
    this.rx = rx;
    this.cfg = cfg;
    this.bottoms = bottoms;
  }

  /** The same person's judge under another prescription: what it saw of the feet carries over. */
  RepJudge under(Prescription next) {
    return new RepJudge(next, cfg, bottoms);
  }

  /**
   * @param a the rep (for a two-legged rep, the first foot)
   * @param b the other foot's simultaneous rep, or null
   * @param rangeFraction the rise relative to the person's reference range
   * @param bottomDwellMicros time at the bottom since the previous rep; Long.MAX_VALUE if none
   * @param bodyLoadN the body-weight estimate for this insole in newtons; NaN if unknown
   */
  Set<RepFlag> judge(
      FootRep a,
      FootRep b,
      long upStart,
      long holdStart,
      long downStart,
      long downEnd,
      double rangeFraction,
      long bottomDwellMicros,
      double bodyLoadN) {
    Set<RepFlag> flags = EnumSet.noneOf(RepFlag.class);
    double keep = 1 - rx.tempoTolerance();
    if ((holdStart - upStart) < keep * rx.upMillis() * 1000) {
      flags.add(RepFlag.TOO_FAST_UP);
    }
    if ((downStart - holdStart) < keep * rx.holdMillis() * 1000) {
      flags.add(RepFlag.HOLD_TOO_SHORT);
    }
    if ((downEnd - downStart) < keep * rx.downMillis() * 1000) {
      flags.add(RepFlag.TOO_FAST_DOWN);
    }
    if (rangeFraction < rx.rangeFraction()) {
      flags.add(RepFlag.PARTIAL_RANGE);
    }
    if (heelLoadedAtTop(a) || (b != null && heelLoadedAtTop(b))) {
      flags.add(RepFlag.HEEL_LOADED_AT_TOP);
    }
    if (slam(a) || (b != null && slam(b))) {
      flags.add(RepFlag.HEEL_SLAM);
    }
    if (bottomDwellMicros < cfg.bounceDwellMillis() * 1000) {
      flags.add(RepFlag.BOUNCE);
    }
    if (twoLegged(a, b)) {
      if (rx.singleLeg()) {
        flags.add(RepFlag.TWO_LEGGED);
      }
    } else if (rx.singleLeg() && weightOnOtherFoot(a, bodyLoadN)) {
      flags.add(RepFlag.WEIGHT_ON_OTHER_FOOT);
    }
    return flags;
  }

  /**
   * Both feet rose: seen directly with two insoles; with one, the load dropped by a large part as
   * the rise started and quickly (the other foot was planted to push, before the rise), unlike
   * weight leant onto the other foot during the rep, which shifts more slowly.
   */
  boolean twoLegged(FootRep a, FootRep b) {
    if (b != null) {
      return true;
    }
    return a.otherFootShare() != a.otherFootShare()
        && a.loadDropAtRise() < cfg.twoLeggedLoadDrop()
        && a.loadShiftMillis() <= cfg.twoLeggedShiftMillis();
  }

  private boolean heelLoadedAtTop(FootRep r) {
    if (r.heelDip()) {
      return true;
    }
    double bottom = standingHeel(r);
    double top = r.topHeelFraction();
    // Heel over a step edge never loads: nothing to compare against, never a fault.
    return bottom >= cfg.minBottomHeelFraction() && top > cfg.heelTopFraction() * bottom;
  }

  /**
   * The heel's share at the bottom the top is compared with: the median over this rep and the
   * foot's 4 before it. One rep's bottom may be read with the weight briefly forward (16 cells +
   * IMU on the wide seeds: 0.08-0.21 against 0.44 for the reps around it), and the heel-off top of
   * 0.06 then read as a loaded heel.
   */
  private double standingHeel(FootRep r) {
    double own = r.bottomHeelFraction();
    if (!(own == own)) {
      return own;
    }
    RecentMedian last = bottoms.computeIfAbsent(r.track(), k -> new RecentMedian(5));
    last.add(own);
    return last.median();
  }

  private boolean slam(FootRep r) {
    // with an accelerometer a strike jolts it: a load peak alone is the weight coming back
    boolean struck = !(r.landingAccelG() < 0.25 * cfg.slamAccelG());
    return (r.landingLoadRatio() > cfg.slamLoadRatio() && struck)
        || r.landingAccelG() > cfg.slamAccelG()
        || r.landingRangesPerSecond() > cfg.slamRangesPerSecond();
  }

  private boolean weightOnOtherFoot(FootRep r, double bodyLoadN) {
    if (r.otherFootShare() == r.otherFootShare()) {
      return r.otherFootShare() > cfg.otherFootShare();
    }
    return bodyLoadN > 0 && r.meanLoadN() < cfg.singleInsoleLoadFraction() * bodyLoadN;
  }
}
