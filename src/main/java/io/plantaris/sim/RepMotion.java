package io.plantaris.sim;

/** Foot pitch over one rep of a moving foot: rise, hold (with sway or a heel dip), lowering. */
final class RepMotion {
  /** Pitch above the bottom to which the heel sinks in a heel dip: the heel touches and loads. */
  static final double DIP_FLOOR_DEGREES = 0.8;

  private static final double HOLD_SWAY_DEGREES = 0.6;

  private RepMotion() {}

  static double pitch(RepPlan p, double t) {
    if (p.profiled()) {
      return profiledPitch(p, t);
    }
    double base = p.basePitchDegrees();
    double range = p.rangeDegrees();
    if (t <= p.upStartMillis()) {
      return base;
    }
    if (t < p.holdStartMillis()) {
      return base + range * Profiles.minJerk(frac(t, p.upStartMillis(), p.holdStartMillis()));
    }
    if (t < p.downStartMillis()) {
      return p.peakPitchDegrees() + holdOffset(p, t);
    }
    if (t < p.downEndMillis()) {
      return p.peakPitchDegrees() - range * lowered(p, t);
    }
    return base;
  }

  /**
   * The widened model: a rise and a lowering movement, each with its own profile, the lower of the
   * two where they overlap in a short hold, sway while both are at the top. The phase boundaries a
   * biomechanist reads off this curve (its 10 % and 90 % marks) lie inside the movement times;
   * {@link PhaseMarks} reads them off it.
   */
  private static double profiledPitch(RepPlan p, double t) {
    double base = p.basePitchDegrees();
    double range = p.rangeDegrees();
    if (t <= p.upStartMillis() || t >= p.downEndMillis()) {
      return base;
    }
    double risen = p.riseProfile().position(frac(t, p.upStartMillis(), p.holdStartMillis()));
    double lowered = t <= p.downStartMillis() ? 0 : lowered(p, t);
    double up = base + range * Math.min(risen, 1 - lowered);
    if (t <= p.holdStartMillis() || t >= p.downStartMillis()) {
      return up;
    }
    return up + holdOffset(p, t);
  }

  /** Pitch offset of the sway at the top at {@code t} (0 outside the hold), degrees. */
  static double topSway(RepPlan p, double t) {
    if (!p.profiled() || t <= p.holdStartMillis() || t >= p.downStartMillis()) {
      return 0;
    }
    double u = (t - p.holdStartMillis()) / (p.downStartMillis() - p.holdStartMillis());
    double s = (t - p.holdStartMillis()) / 1000.0;
    return p.topSwayDegrees()
        * Math.sin(2 * Math.PI * p.topSwayHz() * s + p.topSwayPhase())
        * Math.sin(Math.PI * u);
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
    return p.profiled() ? p.lowerProfile().position(tau) : Profiles.minJerk(tau);
  }

  private static double holdOffset(RepPlan p, double t) {
    double h = p.downStartMillis() - p.holdStartMillis();
    double u = (t - p.holdStartMillis()) / h;
    double sway =
        p.profiled()
            ? topSway(p, t)
            : HOLD_SWAY_DEGREES * Math.sin(2 * Math.PI * u) * Math.sin(Math.PI * u);
    if (!p.heelDip()) {
      return sway;
    }
    double depth = p.rangeDegrees() - DIP_FLOOR_DEGREES;
    double dip;
    if (u < 0.125 || u > 0.875) {
      dip = 0;
    } else if (u < 0.375) {
      dip = Profiles.minJerk((u - 0.125) / 0.25);
    } else if (u < 0.625) {
      dip = 1;
    } else {
      dip = 1 - Profiles.minJerk((u - 0.625) / 0.25);
    }
    return sway * (1 - dip) - depth * dip;
  }

  private static double frac(double t, double a, double b) {
    return (t - a) / (b - a);
  }
}
