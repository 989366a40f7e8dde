package io.plantaris.sim;

import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.Tempo;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides how each rep is performed (tempo, height, faults) and derives its ground-truth flags from
 * what was actually performed, so truth and signal cannot disagree.
 *
 * <p>Fault magnitudes are chosen far from the flag thresholds: a too-fast phase lasts 35-55% of the
 * prescription (threshold 75% by default), a clean phase is within the configured natural variation
 * (at most +-12%), a partial rep reaches 35-50% of the full range (threshold 60%).
 */
final class RepShaper {
  /** A rep below this share of the person's full range is PARTIAL_RANGE. */
  static final double PARTIAL_RANGE_FRACTION = 0.6;

  /** Margin kept between any clean rep's ratio and a flag threshold. */
  private static final double MARGIN = 0.03;

  /** Share of the range that marks the phase boundaries of the widened model. */
  static final double MARK = 0.1;

  /** Least time at the very top of a rep whose heel dips in the hold. */
  private static final long HEEL_DIP_TOP_MILLIS = 1200;

  private final SimulationConfig c;
  private final SplittableRandom rng;

  /** Per-rep styles of the widened model; null: every rep moves at {@link MotionStyles#HABIT}. */
  private final MotionStyles styles;

  /** Draws of the domain randomisation, apart so the session plan's own stream stays as it was. */
  private final SplittableRandom domainRng;

  /** A rep whose performance is decided but not yet placed in time. */
  record Draft(
      int sessionNumber,
      int indexInSet,
      Set<RepFlag> injected,
      long upMillis,
      long holdMillis,
      long downMillis,
      double rangeDegrees,
      double otherFootShare,
      MotionStyles.Style style) {
    boolean has(RepFlag f) {
      return injected.contains(f);
    }
  }

  RepShaper(SimulationConfig config, SplittableRandom rng) {
    this.c = config;
    this.rng = rng;
    this.styles = config.motion() == null ? null : new MotionStyles(config);
    this.domainRng = new SplittableRandom(config.seed() * 0x2545F4914F6CDD1DL + 5);
    Tempo p = c.prescription().tempo();
    Tempo a = c.actualTempo();
    checkNotBorderline("up", a.upMillis(), p.upMillis());
    checkNotBorderline("down", a.downMillis(), p.downMillis());
    if (p.holdMillis() > 0) {
      checkNotBorderline("hold", a.holdMillis(), p.holdMillis());
    }
  }

  private void checkNotBorderline(String phase, long actual, long prescribed) {
    double r = (double) actual / prescribed;
    double threshold = 1 - c.flagTolerance();
    double lo = r * (1 - c.tempoVariation());
    double hi = r * (1 + c.tempoVariation());
    if (lo < threshold + MARGIN && hi > threshold - MARGIN) {
      throw new IllegalArgumentException(
          "actual "
              + phase
              + " phase of "
              + actual
              + " ms is too close to the flag threshold ("
              + Math.round(threshold * prescribed)
              + " ms): ground truth would be ambiguous");
    }
  }

  Draft draft(int sessionNumber, int indexInSet, double fatigue, boolean failing) {
    Set<RepFlag> f = EnumSet.noneOf(RepFlag.class);
    for (RepFlag flag : RepFlag.values()) {
      double u = rng.nextDouble(); // drawn for every flag so streams do not shift with the plan
      if (c.faults().requested(flag, sessionNumber) || u < c.faults().probability(flag)) {
        f.add(flag);
      }
    }
    dropImpossible(f, indexInSet);
    Tempo p = c.prescription().tempo();
    Tempo a = c.actualTempo();
    double slow = 1 + 0.3 * fatigue * fatigue;
    long up = f.contains(RepFlag.TOO_FAST_UP) ? fast(p.upMillis()) : vary(a.upMillis() * slow);
    long down = f.contains(RepFlag.TOO_FAST_DOWN) ? fast(p.downMillis()) : vary(a.downMillis());
    long hold =
        f.contains(RepFlag.HOLD_TOO_SHORT)
            ? Math.round(p.holdMillis() * rng.nextDouble(0, 0.4))
            : vary(a.holdMillis());
    double range = c.fullPitchDegrees() * (1 + rng.nextDouble(-0.04, 0.04));
    if (failing || f.contains(RepFlag.PARTIAL_RANGE)) {
      range = c.fullPitchDegrees() * rng.nextDouble(0.35, 0.5);
    } else {
      range *= 1 - 0.22 * fatigue * fatigue;
    }
    double other = f.contains(RepFlag.WEIGHT_ON_OTHER_FOOT) ? rng.nextDouble(0.4, 0.6) : 0;
    DomainVariation dv = c.domain();
    if (dv.tempoIrregularity() > 0) {
      up = f.contains(RepFlag.TOO_FAST_UP) ? up : irregular(up, p.upMillis());
      down = f.contains(RepFlag.TOO_FAST_DOWN) ? down : irregular(down, p.downMillis());
      hold = f.contains(RepFlag.HOLD_TOO_SHORT) ? hold : irregular(hold, p.holdMillis());
    }
    if (dv.slowPartialShare() > 0
        && !f.contains(RepFlag.PARTIAL_RANGE)
        && domainRng.nextDouble() < dv.slowPartialShare()) {
      range = c.fullPitchDegrees() * domainRng.nextDouble(0.35, 0.5);
      up = Math.round(up * domainRng.nextDouble(1.4, 1.9));
    }
    if (f.contains(RepFlag.HEEL_LOADED_AT_TOP)) {
      hold = Math.max(hold, 1200);
    }
    MotionStyles.Style style = styles == null ? MotionStyles.HABIT : styles.next();
    return new Draft(sessionNumber, indexInSet, f, up, hold, down, range, other, style);
  }

  private void dropImpossible(Set<RepFlag> f, int indexInSet) {
    if (c.stepEdge()) {
      // the heel hangs in the air over a step edge: it can neither take load nor strike
      f.remove(RepFlag.HEEL_LOADED_AT_TOP);
      f.remove(RepFlag.HEEL_SLAM);
    }
    if (indexInSet == 1) {
      f.remove(RepFlag.BOUNCE); // nothing to bounce off before the first rep
    }
    if (!c.prescription().singleLeg()) {
      f.remove(RepFlag.TWO_LEGGED);
      f.remove(RepFlag.WEIGHT_ON_OTHER_FOOT);
    }
    if (f.contains(RepFlag.TWO_LEGGED)) {
      f.remove(RepFlag.WEIGHT_ON_OTHER_FOOT);
    }
  }

  /**
   * A clean phase made irregular: longer or shorter per rep, but never within 5 % of the
   * prescription of the too-fast threshold (the truth stays unambiguous).
   */
  private long irregular(long millis, long prescribed) {
    double x = c.domain().tempoIrregularity();
    double v = millis * domainRng.nextDouble(1 - x / 3, 1 + x);
    double least = prescribed * (1 - c.flagTolerance() + 0.05);
    return Math.round(Math.max(v, least));
  }

  private long fast(long prescribed) {
    return Math.max(150, Math.round(prescribed * rng.nextDouble(0.35, 0.55)));
  }

  private long vary(double millis) {
    double v = c.tempoVariation();
    return Math.round(millis * (1 + (v > 0 ? rng.nextDouble(-v, v) : 0)));
  }

  long bottomPause() {
    return Math.round(c.bottomPauseMillis() * rng.nextDouble(0.8, 1.25));
  }

  /** Places a drafted rep at {@code start} and computes its ground-truth flags. */
  RepPlan place(int setIndex, Draft d, long start, boolean nextBounces) {
    boolean twoLegged = !c.prescription().singleLeg() || d.has(RepFlag.TWO_LEGGED);
    RepSide side = twoLegged ? RepSide.BOTH : RepSide.valueOf(c.workingSide().name());
    double base = c.stepEdge() ? -c.stepEdgeDropDegrees() : 0;
    RepEnding ending =
        d.has(RepFlag.HEEL_SLAM)
            ? RepEnding.SLAM
            : nextBounces ? RepEnding.REBOUND : RepEnding.SMOOTH;
    double weight = c.totalWeightNewtons() * (twoLegged ? 0.5 : 1);
    double impactN = 0;
    double impactG = 0;
    if (!c.stepEdge() && ending == RepEnding.SLAM) {
      impactN = weight * rng.nextDouble(0.9, 1.3);
      impactG = rng.nextDouble(2.5, 3.5);
    } else if (!c.stepEdge() && ending == RepEnding.REBOUND) {
      impactN = weight * rng.nextDouble(0.2, 0.3);
      impactG = rng.nextDouble(0.5, 0.8);
    }
    Set<RepFlag> flags = truthFlags(d, twoLegged);
    return profiled(setIndex, d, start, side, base, ending, impactN, impactG, flags);
  }

  /**
   * The drafted phase times are between the marks a biomechanist reads (docs/phases.md), so the
   * movements last longer, by the slow start and end each profile has below 10 % and above 90 %.
   */
  private RepPlan profiled(
      int setIndex,
      Draft d,
      long start,
      RepSide side,
      double base,
      RepEnding ending,
      double impactN,
      double impactG,
      Set<RepFlag> flags) {
    MotionStyles.Style style = d.style();
    MotionProfile rise = d.has(RepFlag.BOUNCE) ? MotionProfile.REBOUND_START : style.riseProfile();
    MotionProfile lower = style.lowerProfile();
    double riseA = rise.at(MARK);
    double riseB = rise.at(1 - MARK);
    long riseMillis = Math.round(d.upMillis() / (riseB - riseA));
    long holdMark = start + Math.round(riseB * riseMillis);
    double lowA = lower.at(MARK);
    double lowB = lower.at(1 - MARK);
    RepPlan plan = null;
    for (int pass = 0; pass < 3; pass++) {
      long lowerMillis = Math.max(200, Math.round(d.downMillis() / (lowB - lowA)));
      long down = Math.max(start, holdMark + d.holdMillis() - Math.round(lowA * lowerMillis));
      if (d.has(RepFlag.HEEL_LOADED_AT_TOP)) {
        // the heel dips while both movements rest at the top: that needs a still top to dip from
        down = Math.max(down, start + riseMillis + HEEL_DIP_TOP_MILLIS);
      }
      long end = Math.max(down + lowerMillis, start + riseMillis);
      plan =
          new RepPlan(
              setIndex,
              d.indexInSet(),
              d.sessionNumber(),
              side,
              start,
              start + riseMillis,
              down,
              end,
              base,
              base + d.rangeDegrees(),
              d.has(RepFlag.HEEL_LOADED_AT_TOP),
              ending,
              impactN,
              impactG,
              d.otherFootShare(),
              flags,
              rise,
              lower,
              style.topSwayDegrees(),
              style.topSwayHz(),
              style.topSwayPhase());
      lowA = RepMotion.loweredAt(plan, MARK);
      lowB = RepMotion.loweredAt(plan, 1 - MARK);
    }
    return plan;
  }

  private Set<RepFlag> truthFlags(Draft d, boolean twoLegged) {
    Tempo p = c.prescription().tempo();
    double keep = 1 - c.flagTolerance();
    Set<RepFlag> f = EnumSet.noneOf(RepFlag.class);
    if (d.upMillis() < p.upMillis() * keep) {
      f.add(RepFlag.TOO_FAST_UP);
    }
    if (d.holdMillis() < p.holdMillis() * keep) {
      f.add(RepFlag.HOLD_TOO_SHORT);
    }
    if (d.downMillis() < p.downMillis() * keep) {
      f.add(RepFlag.TOO_FAST_DOWN);
    }
    if (d.rangeDegrees() < c.fullPitchDegrees() * PARTIAL_RANGE_FRACTION) {
      f.add(RepFlag.PARTIAL_RANGE);
    }
    for (RepFlag s :
        EnumSet.of(
            RepFlag.HEEL_LOADED_AT_TOP,
            RepFlag.HEEL_SLAM,
            RepFlag.BOUNCE,
            RepFlag.WEIGHT_ON_OTHER_FOOT)) {
      if (d.has(s)) {
        f.add(s);
      }
    }
    if (twoLegged && c.prescription().singleLeg()) {
      f.add(RepFlag.TWO_LEGGED);
    }
    return f;
  }
}
