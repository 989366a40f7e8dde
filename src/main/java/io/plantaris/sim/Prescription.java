package io.plantaris.sim;

/** What the person was asked to do in each set: tempo, single- or two-legged, and reps. */
public record Prescription(Tempo tempo, boolean singleLeg, int targetReps) {
  public Prescription {
    if (tempo == null) {
      throw new IllegalArgumentException("tempo must not be null");
    }
    if (targetReps < 1) {
      throw new IllegalArgumentException("targetReps must be >= 1, was " + targetReps);
    }
  }
}
