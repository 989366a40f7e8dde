package io.plantaris.sim;

/** Foot pitch over one rep of a moving foot: rise, hold (with sway or a heel dip), lowering. */
final class RepMotion {
  /** Pitch above the bottom to which the heel sinks in a heel dip: the heel touches and loads. */
  static final double DIP_FLOOR_DEGREES = 0.8;

  private RepMotion() {}

  /**
   * A rise and a lowering movement, each with its own profile, the lower of the two where they
   * overlap in a short hold, and sway while balancing near the top (a heel dip while both movements
   * rest there). The phase boundaries a biomechanist reads off this curve (its 10 % and 90 % marks)
   * lie inside the movement times; {@link PhaseMarks} reads them off it.
   */
  static double pitch(RepPlan p, double t) {
    double base = p.basePitchDegrees();
    if (t <= p.upStartMillis() || t >= p.downEndMillis()) {
      return base;
    }
    double up = base + p.rangeDegrees() * position(p, t);
    double sway = topSway(p, t);
    if (!p.heelDip() || t <= p.holdStartMillis() || t >= p.downStartMillis()) {
      return up + sway;
    }
    double dip = dip((t - p.holdStartMillis()) / (p.downStartMillis() - p.holdStartMillis()));
    return up + sway * (1 - dip) - (p.rangeDegrees() - DIP_FLOOR_DEGREES) * dip;
  }

  /** Share 0..1 of the range the profiled movements have reached at {@code t}, before sway. */
  private static double position(RepPlan p, double t) {
    double risen = p.riseProfile().position(frac(t, p.upStartMillis(), p.holdStartMillis()));
    double lowered = t <= p.downStartMillis() ? 0 : lowered(p, t);
    return Math.min(risen, 1 - lowered);
  }

  /**
   * 0..1: how much of its sway the foot shows at {@code t}: full while balancing within 5 % of the
   * top, fading out below 75 % of the range (the foot is moving, not balancing).
   */
  static double topWindow(RepPlan p, double t) {
    if (t <= p.upStartMillis() || t >= p.downEndMillis()) {
      return 0;
    }
    return Profiles.smoothstep(0.75, 0.95, position(p, t));
  }

  /** Pitch offset of the sway near the top at {@code t}, degrees. */
  static double topSway(RepPlan p, double t) {
    double w = topWindow(p, t);
    if (w == 0) {
      return 0;
    }
    double s = (t - p.upStartMillis()) / 1000.0;
    return w * p.topSwayDegrees() * Math.sin(2 * Math.PI * p.topSwayHz() * s + p.topSwayPhase());
  }

  /** Fraction of the lowering's movement time at which it has lowered {@code share}. */
  static double loweredAt(RepPlan p, double share) {
    double lo = 0;
    double hi = 1;
    double d = p.downEndMillis() - p.downStartMillis();
    for (int i = 0; i < 50; i++) {
      double mid = (lo + hi) / 2;
      if (lowered(p, p.downStartMillis() + mid * d) < share) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** Fraction of the range already lowered at time {@code t} of the down phase. */
  private static double lowered(RepPlan p, double t) {
    double fastShare =
        switch (p.ending()) {
          case SMOOTH -> 0;
          case REBOUND -> 0.25;
          case SLAM -> 0.5;
        };
    if (fastShare == 0) {
      return lowerPosition(p, frac(t, p.downStartMillis(), p.downEndMillis()));
    }
    long d = p.downEndMillis() - p.downStartMillis();
    long fastMillis = Math.min(p.ending() == RepEnding.SLAM ? 150 : 200, d * 3 / 10);
    double split = p.downEndMillis() - fastMillis;
    if (t < split) {
      return (1 - fastShare) * lowerPosition(p, frac(t, p.downStartMillis(), split));
    }
    double u = frac(t, split, p.downEndMillis());
    return 1 - fastShare + fastShare * u * u; // accelerating drop: the heel arrives fast
  }

  private static double lowerPosition(RepPlan p, double tau) {
    return p.lowerProfile().position(tau);
  }

  /** 0..1: how far the heel has dipped at normalised hold time {@code u}. */
  private static double dip(double u) {
    if (u < 0.125 || u > 0.875) {
      return 0;
    } else if (u < 0.375) {
      return Profiles.minJerk((u - 0.125) / 0.25);
    } else if (u < 0.625) {
      return 1;
    }
    return 1 - Profiles.minJerk((u - 0.625) / 0.25);
  }

  private static double frac(double t, double a, double b) {
    return (t - a) / (b - a);
  }
}
