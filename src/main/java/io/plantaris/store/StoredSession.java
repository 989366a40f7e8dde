package io.plantaris.store;

/**
 * One exercise session of a patient: the sets done with no more than the session gap between them.
 *
 * @param startMicros upStart of the first rep (the session's identity with the patient)
 * @param endMicros end of the last set so far
 */
public record StoredSession(
    String patientId,
    long startMicros,
    long endMicros,
    int sets,
    int reps,
    int validReps,
    long timeUnderTensionMillis) {
  public StoredSession {
    Names.requireId(patientId, "patientId");
    if (sets < 0 || reps < 0 || validReps > reps || endMicros < startMicros) {
      throw new IllegalArgumentException("inconsistent session of " + patientId);
    }
  }
}
