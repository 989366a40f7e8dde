package io.plantaris.sim;

import java.util.List;

/**
 * The whole session laid out in time: activities tiling {@code 0..endMillis}, and the reps of each
 * set (the same {@link RepPlan}s the activities hold).
 */
public record SessionPlan(List<Activity> activities, List<List<RepPlan>> sets, long endMillis) {
  public SessionPlan {
    activities = List.copyOf(activities);
    sets = sets.stream().map(List::copyOf).toList();
  }
}
