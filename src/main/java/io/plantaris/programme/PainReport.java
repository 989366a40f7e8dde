package io.plantaris.programme;

import java.time.Instant;

/**
 * A pain score on the 0-10 numeric rating scale (LOINC 72514-3) reported by the patient.
 *
 * @param score 0 = no pain, 10 = worst imaginable
 */
public record PainReport(String patientId, PainKind kind, int score, Instant at, String note) {

  public PainReport {
    Check.id("patientId", patientId);
    Check.notNull("kind", kind);
    Check.notNull("at", at);
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("pain score must be 0-10, was " + score);
    }
    note = note == null ? "" : note;
  }
}
