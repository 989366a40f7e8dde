package io.plantaris.analysis;

import java.util.List;

/**
 * A finished set: its reps, volume, tempo adherence, fatigue trend and what it says about the load.
 *
 * @param setIndex 1-based set number
 * @param startMicros rise start of the first rep
 * @param endMicros end of the last rep
 * @param repCount reps detected, valid or not
 * @param validReps reps without any flag
 * @param timeUnderTensionMillis summed rise-to-bottom time of all reps
 * @param tempoAdherence fraction of phases (up, hold, down of every rep) not shorter than the
 *     tolerance allows, 0..1, over the reps whose phases were timed; NaN when the insoles could
 *     time none (pressure alone on a flat floor: see {@link Doubt#NOT_OBSERVABLE})
 * @param meanAbsTempoErrorMillis mean absolute difference between phase and target durations, over
 *     the same reps; NaN when none
 * @param peakPitchDegrees per rep peak pitch (NaN without IMU)
 * @param peakHeightMm per rep peak heel height (NaN without IMU)
 * @param repDurationSlopeMillisPerRep least-squares slope of rep duration over rep number
 * @param rangeSlopePerRep least-squares slope of the rep's range fraction over rep number
 */
public record SetSummary(
    int setIndex,
    long startMicros,
    long endMicros,
    int repCount,
    int validReps,
    long timeUnderTensionMillis,
    double tempoAdherence,
    double meanAbsTempoErrorMillis,
    List<Double> peakPitchDegrees,
    List<Double> peakHeightMm,
    double repDurationSlopeMillisPerRep,
    double rangeSlopePerRep,
    RmSignal rmSignal) {

  public SetSummary {
    if (repCount < 0 || validReps < 0 || validReps > repCount) {
      throw new IllegalArgumentException("bad rep counts " + validReps + "/" + repCount);
    }
    peakPitchDegrees = List.copyOf(peakPitchDegrees);
    peakHeightMm = List.copyOf(peakHeightMm);
    if (rmSignal == null) {
      throw new IllegalArgumentException("rmSignal must not be null");
    }
  }
}
