package io.plantaris.sim;

import io.plantaris.insole.Side;
import io.plantaris.sim.Activity.Stance;

/** Pure biomechanics: where each foot is and what it carries at a given time of an activity. */
final class FootModel {
  /** Load share of the non-working foot resting lightly on its toes. */
  static final double TOUCH_SHARE = 0.015;

  /** Pitch of the non-working foot held lightly on its toes, knee bent. */
  static final double TOUCH_PITCH_DEGREES = 10;

  private static final double[] FLAT = {0.50, 0.10, 0.32, 0.08};
  private static final double[] RAISED = {0, 0.03, 0.72, 0.25};
  private static final double[] RAISED_TOWEL = {0, 0.02, 0.58, 0.40};
  private static final double[] ON_STEP = {0, 0.02, 0.78, 0.20};
  private static final double[] TOUCH = {0, 0, 0.3, 0.7};
  private static final long RAMP_MILLIS = 700;

  /**
   * How long the resting foot takes to come down from its toes onto the floor and take half the
   * weight when a single-leg rep is done on two legs (and to go back up at its end).
   */
  static final long JOIN_MILLIS = 400;

  private final SimulationConfig c;
  private final double weight;
  private final double[] raised;

  FootModel(SimulationConfig config) {
    this.c = config;
    this.weight = config.totalWeightNewtons();
    this.raised = config.towelUnderToes() ? RAISED_TOWEL : RAISED;
  }

  double pitch(Activity a, double t, Side foot) {
    // Java 17: no pattern switch yet; Activity is sealed, so these three cases are all of them
    if (a instanceof Activity.Stand s) {
      return standsOn(s, foot) ? base(s.onStep()) + sway(t, 0.3) : touchPitch(t);
    }
    if (a instanceof Activity.BalanceStep b) {
      return standsOn(b.stance(), foot)
          ? base(b.onStep()) + sway(t, 0.3)
          : touchPitch(t) * (1 - stepping(b, t));
    }
    if (a instanceof Activity.Other o) {
      return OtherMotion.pose(o, t, foot, foot == c.workingSide(), weight).pitchDegrees();
    }
    if (a instanceof Activity.Rep r) {
      if (!r.plan().moves(foot)) {
        return touchPitch(t) * (1 - otherFootWeighting(r.plan(), t));
      }
      // the body sways on through a rep as while standing, so the pitch joins without a step
      double rising = RepMotion.pitch(r.plan(), t) + sway(t, 0.3);
      double j = joining(r.plan(), t, foot);
      return j < 1 ? touchPitch(t) * (1 - j) + rising * j : rising;
    }
    Activity.Walk w = (Activity.Walk) a;
    return GaitMotion.pitch(phase(w, t, foot)) * walkBlend(w, t);
  }

  FootPose pose(Activity a, double t, Side foot) {
    double pitch = pitch(a, t, foot);
    if (a instanceof Activity.Stand s) {
      return standPose(s, t, foot, pitch);
    }
    if (a instanceof Activity.Rep r) {
      return repPose(r.plan(), t, foot, pitch);
    }
    if (a instanceof Activity.BalanceStep b) {
      return balancePose(b, t, foot, pitch);
    }
    if (a instanceof Activity.Other o) {
      return OtherMotion.pose(o, t, foot, foot == c.workingSide(), weight);
    }
    return walkPose((Activity.Walk) a, t, foot, pitch);
  }

  private FootPose standPose(Activity.Stand s, double t, Side foot, double pitch) {
    if (s.stance() == Stance.BOTH) {
      double share = 0.5 + 0.03 * Math.sin(2 * Math.PI * t / 7000) * (foot == Side.LEFT ? 1 : -1);
      return loaded(weight * share, supportShares(pitch, s.onStep()), pitch, 0, 0);
    }
    if (!standsOn(s, foot)) {
      return loaded(weight * TOUCH_SHARE, TOUCH, pitch, 0, 0);
    }
    double load = weight * (1 - TOUCH_SHARE - hand(t));
    return loaded(load, supportShares(pitch, s.onStep()), pitch, 0, 0);
  }

  private FootPose balancePose(Activity.BalanceStep b, double t, Side foot, double pitch) {
    double share = b.freeFootShare() * stepping(b, t);
    if (!standsOn(b.stance(), foot)) {
      return loaded(weight * (TOUCH_SHARE + share), mix(TOUCH, FLAT, share * 2), pitch, 0, 0);
    }
    double load = weight * (1 - TOUCH_SHARE - share - hand(t));
    return loaded(load, supportShares(pitch, b.onStep()), pitch, 0, 0);
  }

  /** 0..1..0: how far the free foot is down in a balance step. */
  private static double stepping(Activity.BalanceStep b, double t) {
    double d = b.endMillis() - b.startMillis();
    return Profiles.smoothstep(b.startMillis(), b.startMillis() + d * 0.3, t)
        * (1 - Profiles.smoothstep(b.endMillis() - d * 0.3, b.endMillis(), t));
  }

  private FootPose repPose(RepPlan p, double t, Side foot, double pitch) {
    double other = p.otherFootShare() > 0 ? otherFootWeighting(p, t) : 0;
    double otherLoad = TOUCH_SHARE + (p.otherFootShare() - TOUCH_SHARE) * other;
    if (!p.moves(foot)) {
      double[] shares = mix(TOUCH, FLAT, other);
      return loaded(weight * otherLoad, shares, pitch, 0, 0);
    }
    if (p.side() == RepSide.BOTH) {
      // a foot that rested on its toes joins in gradually: it is put down, then takes its half
      Side resting = c.workingSide() == Side.LEFT ? Side.RIGHT : Side.LEFT;
      double j = joining(p, t, resting);
      double restingShare = TOUCH_SHARE + (0.5 - TOUCH_SHARE) * j;
      double[] shares = supportShares(pitch, c.stepEdge());
      if (foot == resting && j < 1) {
        return loaded(weight * restingShare, mix(TOUCH, shares, j), pitch, 0, 0);
      }
      return loaded(weight * (foot == resting ? 0.5 : 1 - restingShare), shares, pitch, 0, 0);
    }
    double load = weight * (1 - otherLoad - hand(t));
    double[] shares = supportShares(pitch, c.stepEdge());
    double wobble = c.domain().copWobble() * RepMotion.topSway(p, t);
    if (wobble != 0) {
      // balancing on the toes: the centre of pressure runs between forefoot and toes with the sway
      double shift = Math.max(-shares[3], Math.min(shares[2], 0.12 * wobble));
      shares = new double[] {shares[0], shares[1], shares[2] - shift, shares[3] + shift};
      load *= 1 + 0.04 * wobble;
    }
    // the impact at the heel's touch-down is added by Timeline, around the rep's end
    return loaded(load, shares, pitch, 0, 0);
  }

  private FootPose walkPose(Activity.Walk w, double t, Side foot, double pitch) {
    double phase = phase(w, t, foot);
    double gait = walkBlend(w, t);
    double load = weight * ((1 - gait) * 0.5 + gait * GaitMotion.loadFactor(phase));
    double[] shares = mix(FLAT, GaitMotion.shares(phase), gait);
    double strike = 1.5 * Profiles.pulse(phase, 0, 0.04) * gait;
    return new FootPose(
        pitch,
        load,
        shares[0],
        shares[1],
        shares[2],
        shares[3],
        0,
        strike,
        gait * GaitMotion.swingAccelG(phase));
  }

  /** Sole shares of a supporting foot: the heel unloads within 3 degrees of leaving the floor. */
  private double[] supportShares(double pitch, boolean onStep) {
    double rise = pitch - base(onStep);
    if (onStep) {
      return mix(ON_STEP, raised, Profiles.clamp01(rise / c.fullPitchDegrees()));
    }
    return mix(FLAT, raised, Profiles.smoothstep(0.5, 3.0, rise));
  }

  /**
   * Whether this foot rests on its toes between reps (the non-working foot of a single-leg set).
   */
  private boolean rested(Side foot) {
    return c.prescription().singleLeg() && foot != c.workingSide();
  }

  /**
   * 0..1: how far a foot that rests on its toes between single-leg reps has come down to share a
   * two-legged rep; 1 for a foot that was standing already.
   */
  private double joining(RepPlan p, double t, Side foot) {
    if (!rested(foot)) {
      return 1;
    }
    double in = Profiles.smoothstep(p.upStartMillis(), p.upStartMillis() + JOIN_MILLIS, t);
    double out = 1 - Profiles.smoothstep(p.downEndMillis() - JOIN_MILLIS, p.downEndMillis(), t);
    return Math.min(in, out);
  }

  /** 0..1: how far the other foot has been put down to take weight during a rep. */
  private static double otherFootWeighting(RepPlan p, double t) {
    if (p.otherFootShare() <= 0) {
      return 0;
    }
    double in = Profiles.smoothstep(p.upStartMillis(), p.upStartMillis() + RAMP_MILLIS, t);
    double out = 1 - Profiles.smoothstep(p.downEndMillis() - RAMP_MILLIS, p.downEndMillis(), t);
    return Math.min(in, out);
  }

  private double base(boolean onStep) {
    return onStep ? -c.stepEdgeDropDegrees() : 0;
  }

  private double hand(double t) {
    return c.handSupportFraction() * (1 + 0.3 * Math.sin(2 * Math.PI * t / 3100));
  }

  private static boolean standsOn(Activity.Stand s, Side foot) {
    return standsOn(s.stance(), foot);
  }

  private static boolean standsOn(Stance stance, Side foot) {
    return stance == Stance.BOTH || stance.name().equals(foot.name());
  }

  private static double touchPitch(double t) {
    return TOUCH_PITCH_DEGREES + sway(t, 0.8);
  }

  private static double sway(double t, double amplitude) {
    return amplitude * Math.sin(2 * Math.PI * t / 4300) * Math.sin(2 * Math.PI * t / 11900);
  }

  private static double phase(Activity.Walk w, double t, Side foot) {
    double strides = (t - w.startMillis()) / w.strideMillis() + (foot == Side.RIGHT ? 0.5 : 0);
    return strides - Math.floor(strides);
  }

  /** Fades walking in and out over 600 ms so standing and walking join without jumps. */
  private static double walkBlend(Activity.Walk w, double t) {
    return Math.min(
        Profiles.smoothstep(w.startMillis(), w.startMillis() + 600, t),
        1 - Profiles.smoothstep(w.endMillis() - 600, w.endMillis(), t));
  }

  private static FootPose loaded(
      double load, double[] s, double pitch, double impactN, double impactG) {
    return new FootPose(pitch, load, s[0], s[1], s[2], s[3], impactN, impactG, 0);
  }

  private static double[] mix(double[] a, double[] b, double w) {
    double[] m = new double[4];
    for (int i = 0; i < 4; i++) {
      m[i] = a[i] * (1 - w) + b[i] * w;
    }
    return m;
  }
}
