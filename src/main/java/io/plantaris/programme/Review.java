package io.plantaris.programme;

import java.time.Instant;

/**
 * A clinician's answer to a proposal.
 *
 * @param replacement the clinician's step when overriding; null when accepting
 */
public record Review(String clinicianId, Instant at, Change replacement, String note) {

  public Review {
    Check.id("clinicianId", clinicianId);
    Check.notNull("at", at);
    note = note == null ? "" : note.strip();
  }
}
