package io.plantaris.sim;

import io.plantaris.insole.Side;
import io.plantaris.sim.GroundTruth.EventKind;

/**
 * Movements that are no heel raise but move the foot like one in parts: a lunge lifts the rear
 * heel, a jump and a hop push off the forefoot, a stair step and a U-turn pivot on it, a squat
 * moves the centre of pressure forward. Each is drawn as keyframes of one foot's pitch and load (a
 * multiple of body weight) over the movement's normalised time, starting and ending in the standing
 * pose so that it joins the stands around it. The working foot is the one that does the heel-like
 * part (the rear foot of a lunge, the leading foot up a stair, the hopping foot).
 */
final class OtherMotion {
  private static final double[] FLAT = {0.50, 0.10, 0.32, 0.08};
  private static final double[] RAISED = {0, 0.03, 0.72, 0.25};
  private static final double[] FORWARD = {0.30, 0.10, 0.45, 0.15};

  private OtherMotion() {}

  /** Whether the simulator can draw {@code kind}. */
  static boolean simulated(EventKind kind) {
    return duration(kind) > 0;
  }

  /** How long one such movement lasts, ms. */
  static long duration(EventKind kind) {
    return switch (kind) {
      case SQUAT -> 3500;
      case LUNGE -> 3000;
      case JUMP -> 1800;
      case HOP -> 1800;
      case DROP_LANDING -> 2200;
      case STAIR_STEP -> 4500;
      case WALK_U_TURN -> 12_000;
      default -> 0;
    };
  }

  /**
   * The pose of {@code foot} at {@code t} of movement {@code m}, for a person of {@code weight}.
   */
  static FootPose pose(Activity.Other m, double t, Side foot, boolean working, double weight) {
    double dur = m.endMillis() - m.startMillis();
    double u = Profiles.clamp01((t - m.startMillis()) / dur);
    double ms = u * dur;
    return switch (m.kind()) {
      case SQUAT -> squat(u, weight);
      case LUNGE -> working ? lungeRear(u, weight) : lungeLead(u, weight);
      case JUMP -> jump(u, ms, dur, weight);
      case HOP -> working ? hop(u, weight) : touch(weight);
      case DROP_LANDING -> drop(u, ms, dur, weight);
      case STAIR_STEP -> working ? stairLead(u, weight) : stairTrail(u, weight);
      case WALK_U_TURN -> uTurn(ms, dur, foot, weight);
      default -> stand(weight);
    };
  }

  private static FootPose squat(double u, double weight) {
    double depth = kf(new double[][] {{0, 0}, {0.45, 1}, {0.55, 1}, {1, 0}}, u);
    double load = 0.5 * (1 - 0.1 * Math.sin(4 * Math.PI * u));
    return pose(0, load * weight, mix(FLAT, FORWARD, depth), 0, 0);
  }

  private static FootPose lungeRear(double u, double weight) {
    double pitch = kf(new double[][] {{0, 0}, {0.25, 0}, {0.45, 38}, {0.6, 38}, {0.8, 0}}, u);
    double load =
        kf(
            new double[][] {
              {0, 0.5},
              {0.08, 1},
              {0.25, 1},
              {0.4, 0.35},
              {0.6, 0.35},
              {0.75, 1},
              {0.9, 1},
              {1, 0.5}
            },
            u);
    return pose(pitch, load * weight, support(pitch), 0, 0);
  }

  private static FootPose lungeLead(double u, double weight) {
    double pitch =
        kf(
            new double[][] {
              {0, 0}, {0.1, 10}, {0.2, -12}, {0.28, 0}, {0.7, 0}, {0.78, 10}, {0.9, -5}, {1, 0}
            },
            u);
    double load =
        kf(
            new double[][] {
              {0, 0.5},
              {0.08, 0},
              {0.25, 0},
              {0.4, 0.65},
              {0.6, 0.65},
              {0.75, 0},
              {0.9, 0},
              {1, 0.5}
            },
            u);
    double strike = 0.3 * weight * Profiles.pulse(u, 0.25, 0.06);
    return pose(pitch, load * weight, FLAT, strike, 3 * strike / weight);
  }

  private static FootPose jump(double u, double ms, double dur, double weight) {
    double pitch =
        kf(
            new double[][] {
              {0, 0}, {0.3, 0}, {0.42, 32}, {0.5, 28}, {0.62, 20}, {0.66, 8}, {0.7, 0}, {1, 0}
            },
            u);
    double load =
        kf(
            new double[][] {
              {0, 0.5},
              {0.15, 0.38},
              {0.3, 0.75},
              {0.4, 0.7},
              {0.44, 0},
              {0.64, 0},
              {0.7, 1.4},
              {0.78, 0.6},
              {0.85, 0.45},
              {1, 0.5}
            },
            u);
    double impact = Profiles.pulse(ms, 0.66 * dur, 80);
    return pose(
        pitch,
        load * weight,
        support(pitch),
        0.8 * weight * impact,
        4 * impact + flight(u, 0.44, 0.64));
  }

  private static FootPose hop(double u, double weight) {
    double v = u * 3 - Math.floor(u * 3);
    double pitch =
        kf(new double[][] {{0, 0}, {0.2, 0}, {0.35, 30}, {0.45, 25}, {0.7, 10}, {0.8, 0}}, v);
    double load =
        kf(
            new double[][] {
              {0, 1}, {0.2, 1.3}, {0.35, 0.8}, {0.4, 0}, {0.72, 0}, {0.8, 2.2}, {0.9, 1.2}, {1, 1}
            },
            v);
    double impact = Profiles.pulse(v, 0.74, 0.1);
    return pose(
        pitch,
        load * weight,
        support(pitch),
        0.6 * weight * impact,
        3 * impact + flight(v, 0.4, 0.72));
  }

  private static FootPose drop(double u, double ms, double dur, double weight) {
    double pitch = kf(new double[][] {{0, 0}, {0.3, 0}, {0.4, 12}, {0.5, 15}, {0.53, 0}}, u);
    double load =
        kf(
            new double[][] {
              {0, 0.5},
              {0.25, 0.5},
              {0.35, 0.8},
              {0.4, 0},
              {0.51, 0},
              {0.55, 1.6},
              {0.65, 0.4},
              {0.8, 0.6},
              {1, 0.5}
            },
            u);
    double impact = Profiles.pulse(ms, 0.52 * dur, 90);
    return pose(
        pitch,
        load * weight,
        support(pitch),
        1.2 * weight * impact,
        5 * impact + flight(u, 0.4, 0.51));
  }

  private static FootPose stairLead(double u, double weight) {
    double pitch =
        kf(
            new double[][] {
              {0, 0}, {0.05, -10}, {0.12, 5}, {0.15, 0}, {0.72, 0}, {0.8, 15}, {0.86, -8}, {0.9, 0}
            },
            u);
    double load =
        kf(
            new double[][] {
              {0, 0.5},
              {0.03, 0},
              {0.14, 0},
              {0.35, 1},
              {0.45, 1},
              {0.5, 0.5},
              {0.55, 1},
              {0.72, 1},
              {0.8, 0},
              {0.88, 0},
              {0.92, 0.5},
              {1, 0.5}
            },
            u);
    // up onto the step (forward, up), later back down (backward, down)
    return swinging(
        pitch, load * weight, swing(u, 0.03, 0.14) - swing(u, 0.8, 0.88), 0.8, 0.55, 0, 0);
  }

  private static FootPose stairTrail(double u, double weight) {
    double pitch =
        kf(
            new double[][] {
              {0, 0}, {0.2, 0}, {0.33, 25}, {0.4, 5}, {0.45, 0}, {0.55, 0}, {0.6, -8}, {0.68, 0}
            },
            u);
    double load =
        kf(
            new double[][] {
              {0, 0.5},
              {0.03, 1},
              {0.14, 1},
              {0.35, 0},
              {0.45, 0},
              {0.5, 0.5},
              {0.55, 0},
              {0.68, 0},
              {0.72, 1},
              {0.8, 1},
              {0.88, 1},
              {0.92, 0.5},
              {1, 0.5}
            },
            u);
    double strike = 0.2 * weight * Profiles.pulse(u, 0.69, 0.03);
    return swinging(
        pitch,
        load * weight,
        swing(u, 0.35, 0.45) - swing(u, 0.55, 0.68),
        0.8,
        0.55,
        strike,
        2 * strike / weight);
  }

  /** Walk, a turn on the spot in short pivots on the forefoot, walk back, stop. */
  private static FootPose uTurn(double ms, double dur, Side foot, double weight) {
    double turnFrom = 0.4 * dur;
    double turnTo = 0.55 * dur;
    double stopAt = 0.92 * dur;
    double offset = foot == Side.RIGHT ? 0.5 : 0;
    double gait =
        Math.min(
            Profiles.smoothstep(0, 600, ms), 1 - Profiles.smoothstep(stopAt - 600, stopAt, ms));
    double turning =
        Profiles.smoothstep(turnFrom - 300, turnFrom, ms)
            * (1 - Profiles.smoothstep(turnTo, turnTo + 300, ms));
    double strides = ms / 1100 + offset;
    double phase = strides - Math.floor(strides);
    double pivots = ms / 700 + offset;
    double v = pivots - Math.floor(pivots);
    double walkPitch = GaitMotion.pitch(phase);
    double walkLoad = GaitMotion.loadFactor(phase);
    double pivotPitch = kf(new double[][] {{0, 0}, {0.3, 14}, {0.6, 14}, {0.8, 0}, {1, 0}}, v);
    double pivotLoad = kf(new double[][] {{0, 0.5}, {0.3, 0.25}, {0.6, 0.25}, {0.8, 0.75}}, v);
    double moving = gait * (1 - turning);
    double pitch = moving * walkPitch + gait * turning * pivotPitch;
    double load = (1 - gait) * 0.5 + moving * walkLoad + gait * turning * pivotLoad;
    double[] shares =
        mix(mix(FLAT, GaitMotion.shares(phase), moving), support(pivotPitch), gait * turning);
    return new FootPose(
        pitch,
        load * weight,
        shares[0],
        shares[1],
        shares[2],
        shares[3],
        0,
        moving * 1.5 * Profiles.pulse(phase, 0, 0.04),
        moving * GaitMotion.swingAccelG(phase));
  }

  private static FootPose stand(double weight) {
    return pose(0, 0.5 * weight, FLAT, 0, 0);
  }

  /** The free foot resting on its toes while the working foot hops. */
  private static FootPose touch(double weight) {
    return pose(FootModel.TOUCH_PITCH_DEGREES, FootModel.TOUCH_SHARE * weight, RAISED, 0, 0);
  }

  /** Sole shares of a supporting foot: the heel unloads within 3 degrees of leaving the floor. */
  private static double[] support(double pitch) {
    return mix(FLAT, RAISED, Profiles.smoothstep(0.5, 3.0, pitch));
  }

  private static double kf(double[][] frames, double u) {
    return Profiles.keyframes(frames, u);
  }

  /**
   * A foot carried to or from a step, 0.3 m along and 0.17 m up in under half a second, speeds up
   * and brakes: one sine period of acceleration between lift-off and placement, +1 while it moves
   * forward and up, -1 back and down, 0 on the ground.
   */
  private static double swing(double u, double liftOff, double placed) {
    return u > liftOff && u < placed
        ? Math.sin(2 * Math.PI * (u - liftOff) / (placed - liftOff))
        : 0;
  }

  /**
   * A pose whose foot is carried: {@code forwardG} along the ground, {@code upG} vertically, times
   * {@code swing}; plus an impact as in {@link #pose}.
   */
  private static FootPose swinging(
      double pitch,
      double load,
      double swing,
      double forwardG,
      double upG,
      double impactN,
      double impactG) {
    double[] sh = support(pitch);
    return new FootPose(
        pitch,
        Math.max(0, load),
        sh[0],
        sh[1],
        sh[2],
        sh[3],
        impactN,
        impactG + upG * swing,
        forwardG * swing);
  }

  /**
   * In flight the whole body falls freely: an accelerometer on the foot reads about 0 g, 1 g below
   * standing, from take-off to touch-down (the foot's own pitch change adds little to that).
   */
  private static double flight(double u, double takeOff, double touchDown) {
    return u > takeOff && u < touchDown ? -1 : 0;
  }

  private static FootPose pose(double pitch, double load, double[] s, double impactN, double g) {
    return new FootPose(pitch, Math.max(0, load), s[0], s[1], s[2], s[3], impactN, g, 0);
  }

  private static double[] mix(double[] a, double[] b, double w) {
    double[] m = new double[4];
    for (int i = 0; i < 4; i++) {
      m[i] = a[i] * (1 - w) + b[i] * w;
    }
    return m;
  }
}
