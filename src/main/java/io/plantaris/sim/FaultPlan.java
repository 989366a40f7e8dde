package io.plantaris.sim;

import io.plantaris.analysis.RepFlag;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which faults to inject into which reps. Rep numbers count from 1 across the whole session (set 2
 * of 12-rep sets starts at rep 13); a probability applies independently to every other rep.
 *
 * @param reps per flag, the session rep numbers that get it
 * @param probabilities per flag, the chance (0..1) that any rep gets it
 */
public record FaultPlan(Map<RepFlag, Set<Integer>> reps, Map<RepFlag, Double> probabilities) {
  /** No faults at all. */
  public static final FaultPlan NONE = new FaultPlan(Map.of(), Map.of());

  public FaultPlan {
    Map<RepFlag, Set<Integer>> r = new EnumMap<>(RepFlag.class);
    reps.forEach((flag, list) -> r.put(flag, Set.copyOf(new TreeSet<>(list))));
    reps = Map.copyOf(r);
    probabilities = Map.copyOf(probabilities);
    probabilities.forEach(
        (flag, p) -> {
          if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability of " + flag + " must be 0..1: " + p);
          }
        });
  }

  /** This plan plus {@code flag} at the given session rep numbers. */
  public FaultPlan with(RepFlag flag, Integer... repNumbers) {
    Map<RepFlag, Set<Integer>> r = new EnumMap<>(RepFlag.class);
    r.putAll(reps);
    Set<Integer> merged = new TreeSet<>(r.getOrDefault(flag, Set.of()));
    merged.addAll(Set.of(repNumbers));
    r.put(flag, merged);
    return new FaultPlan(r, probabilities);
  }

  /** This plan plus {@code flag} on every rep with probability {@code p}. */
  public FaultPlan withProbability(RepFlag flag, double p) {
    Map<RepFlag, Double> m = new EnumMap<>(RepFlag.class);
    m.putAll(probabilities);
    m.put(flag, p);
    return new FaultPlan(reps, m);
  }

  /** Whether {@code flag} was explicitly requested for session rep {@code repNumber}. */
  public boolean requested(RepFlag flag, int repNumber) {
    return reps.getOrDefault(flag, Set.of()).contains(repNumber);
  }

  public double probability(RepFlag flag) {
    return probabilities.getOrDefault(flag, 0.0);
  }
}
