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
    return activities.get(lo);
  }

  double pitch(double t, io.plantaris.insole.Side foot) {
    return feet.pitch(at(t), t, foot);
  }

  FootPose pose(double t, io.plantaris.insole.Side foot) {
    return feet.pose(at(t), t, foot);
  }
}
