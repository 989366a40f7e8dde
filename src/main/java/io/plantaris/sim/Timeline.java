package io.plantaris.sim;

import io.plantaris.insole.Side;
import java.util.List;

/**
 * Finds the activity under a time and the pose of each foot, joining activities smoothly: a foot
 * cannot teleport, so the pose at the start of a stand or walk fades in from where the previous
 * activity left the foot, and a heel impact lands at the touch-down that ends a rep.
 */
final class Timeline {
  /** How long a foot takes to move into a new stance (a weight shift, stepping onto a step). */
  static final double TRANSITION_MILLIS = 600;

  /** A change of standing pitch larger than this needs the foot lifted and set down again. */
  private static final double LIFT_PITCH_DEGREES = 5;

  private final List<Activity> activities;
  private final FootModel feet;

  Timeline(SessionPlan plan, FootModel feet) {
    this.activities = plan.activities();
    this.feet = feet;
  }

  Activity at(double t) {
    return activities.get(indexAt(t));
  }

  private int indexAt(double t) {
    int lo = 0;
    int hi = activities.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (activities.get(mid).startMillis() <= t) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  double pitch(double t, Side foot) {
    int i = indexAt(t);
    Activity a = activities.get(i);
    double pitch = feet.pitch(a, t, foot);
    double w = fadeIn(i, t);
    if (w >= 1) {
      return pitch;
    }
    double before = feet.pitch(activities.get(i - 1), t, foot);
    w = lifted(before, pitch) ? Profiles.smoothstep(0.3, 0.7, w) : w;
    return before * (1 - w) + pitch * w;
  }

  FootPose pose(double t, Side foot) {
    int i = indexAt(t);
    FootPose pose = feet.pose(activities.get(i), t, foot);
    double w = fadeIn(i, t);
    if (w < 1) {
      FootPose before = feet.pose(activities.get(i - 1), t, foot);
      if (lifted(before.pitchDegrees(), pose.pitchDegrees())) {
        // the foot cannot be dragged onto or off a step while carrying weight: it unloads,
        // moves through the air, then takes the weight again
        double carry = 1 - Profiles.smoothstep(0, 0.3, w) + Profiles.smoothstep(0.7, 1, w);
        pose = mix(before, pose, Profiles.smoothstep(0.3, 0.7, w));
        pose = scaleLoad(pose, carry);
      } else {
        pose = mix(before, pose, w);
      }
    }
    return withImpacts(i, t, foot, pose);
  }

  /** Whether moving between two poses means putting the foot somewhere else (onto a step). */
  private static boolean lifted(double pitchBefore, double pitchAfter) {
    return Math.abs(pitchBefore - pitchAfter) > LIFT_PITCH_DEGREES;
  }

  /**
   * Weight of the current activity's own pose: reps start from exactly the pose the foot is in (the
   * planner puts them after a stand in the same stance), so only stands and walks fade in.
   */
  private double fadeIn(int i, double t) {
    Activity a = activities.get(i);
    if (i == 0 || a instanceof Activity.Rep || a instanceof Activity.BalanceStep) {
      return 1;
    }
    return Profiles.smoothstep(a.startMillis(), a.startMillis() + TRANSITION_MILLIS, t);
  }

  /**
   * Adds the heel strike of a rep ending at or near {@code t}: the force builds as the heel pad
   * compresses in the last moments of the lowering and peaks just after touch-down; the foot rings
   * for several samples after it.
   */
  private FootPose withImpacts(int i, double t, Side foot, FootPose pose) {
    double n = 0;
    double g = 0;
    for (int j = Math.max(0, i - 2); j <= Math.min(i + 1, activities.size() - 1); j++) {
      if (activities.get(j) instanceof Activity.Rep r && r.plan().moves(foot)) {
        RepPlan p = r.plan();
        n += p.impactNewtons() * Impact.force(t - p.downEndMillis());
        g += p.impactAccelG() * Impact.accel(t - p.downEndMillis());
      }
    }
    if (n == 0 && g == 0) {
      return pose;
    }
    return new FootPose(
        pose.pitchDegrees(),
        pose.loadNewtons(),
        pose.heelShare(),
        pose.midfootShare(),
        pose.forefootShare(),
        pose.toeShare(),
        pose.heelImpactNewtons() + n,
        pose.impactAccelG() + g,
        pose.linearAccelXG());
  }

  private static FootPose scaleLoad(FootPose p, double f) {
    return new FootPose(
        p.pitchDegrees(),
        p.loadNewtons() * f,
        p.heelShare(),
        p.midfootShare(),
        p.forefootShare(),
        p.toeShare(),
        p.heelImpactNewtons(),
        p.impactAccelG(),
        p.linearAccelXG());
  }

  private static FootPose mix(FootPose a, FootPose b, double w) {
    double v = 1 - w;
    return new FootPose(
        a.pitchDegrees() * v + b.pitchDegrees() * w,
        a.loadNewtons() * v + b.loadNewtons() * w,
        a.heelShare() * v + b.heelShare() * w,
        a.midfootShare() * v + b.midfootShare() * w,
        a.forefootShare() * v + b.forefootShare() * w,
        a.toeShare() * v + b.toeShare() * w,
        a.heelImpactNewtons() * v + b.heelImpactNewtons() * w,
        a.impactAccelG() * v + b.impactAccelG() * w,
        a.linearAccelXG() * v + b.linearAccelXG() * w);
  }
}
