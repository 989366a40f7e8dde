package io.plantaris.store;

import io.plantaris.analysis.RmSignal;

/**
 * A finished set as stored (the per-rep lists of the live summary live in the reps).
 *
 * @param startMicros upStart of the set's first rep, wall clock
 */
public record StoredSet(
    String patientId,
    String device,
    long sessionStartMicros,
    int setIndex,
    long startMicros,
    long endMicros,
    int repCount,
    int validReps,
    long timeUnderTensionMillis,
    double tempoAdherence,
    double meanAbsTempoErrorMillis,
    RmSignal rmSignal) {
  public StoredSet {
    Names.requireId(patientId, "patientId");
    Names.requireId(device, "device");
    if (rmSignal == null || validReps > repCount || endMicros < startMicros) {
      throw new IllegalArgumentException("inconsistent set " + setIndex + " of " + patientId);
    }
  }
}
