package io.plantaris.store;

import java.time.Instant;

/**
 * A patient's pain rating on the 0-10 numeric scale (Silbernagel's pain-monitoring model). Kept
 * minimal here until the programme branch's own type is unified with it.
 *
 * @param time when the patient gave the rating (stored to the microsecond)
 */
public record PainReport(String patientId, Kind kind, int score, Instant time) {

  /**
   * When the pain was felt: during the exercise, right after it, or at the next morning's steps.
   */
  public enum Kind {
    DURING,
    AFTER,
    NEXT_MORNING
  }

  public PainReport {
    Names.requireId(patientId, "patientId");
    if (kind == null || time == null) {
      throw new IllegalArgumentException("kind and time must not be null");
    }
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("pain score must be 0..10, was " + score);
    }
  }
}
