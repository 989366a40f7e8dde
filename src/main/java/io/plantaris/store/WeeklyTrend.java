package io.plantaris.store;

import java.time.LocalDate;

/**
 * What a clinician reads per week (Monday to Sunday, UTC): adherence, volume, quality and pain.
 *
 * @param meanPainDuring mean DURING pain score of the week; NaN when none was reported
 * @param maxPainNextMorning worst NEXT_MORNING score; -1 when none was reported
 */
public record WeeklyTrend(
    String patientId,
    LocalDate weekStart,
    int sessions,
    int sets,
    int reps,
    int validReps,
    long timeUnderTensionMillis,
    double meanPainDuring,
    int maxPainNextMorning) {
  /** Share of reps that counted, 0..1; NaN without reps. */
  public double validFraction() {
    return reps == 0 ? Double.NaN : (double) validReps / reps;
  }
}
