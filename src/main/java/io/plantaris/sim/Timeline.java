package io.plantaris.sim;

import java.util.List;

/** Finds the activity under a time, and the pose of each foot, by binary search. */
final class Timeline {
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

  double pitch(double t, io.plantaris.insole.Side foot) {
    return feet.pitch(at(t), t, foot);
  }

  FootPose pose(double t, io.plantaris.insole.Side foot) {
    int i = indexAt(t);
    FootPose pose = feet.pose(activities.get(i), t, foot);
    // an impact at the end of a rep rings on into whatever follows the heel touching down
    if (i > 0 && activities.get(i - 1) instanceof Activity.Rep r && r.plan().moves(foot)) {
      RepPlan p = r.plan();
      double n = p.impactNewtons() * Profiles.pulse(t, p.downEndMillis(), RepPlan.IMPACT_MILLIS);
      double g =
          p.impactAccelG() * Profiles.pulse(t, p.downEndMillis(), RepPlan.IMPACT_MILLIS / 2.0);
      if (n > 0 || g > 0) {
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
    }
    return pose;
  }
}
