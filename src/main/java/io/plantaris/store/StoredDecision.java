package io.plantaris.store;

import java.time.Instant;

/**
 * A progression decision as the store keeps it: what the programme decided for a patient and why.
 * Deliberately minimal (the programme branch owns the rich type; the lead unifies them).
 *
 * @param action e.g. {@code INCREASE_LOAD}, {@code KEEP}, {@code REDUCE_LOAD}
 * @param addedLoadKg the load the next session should carry
 * @param reason plain words for the clinician
 */
public record StoredDecision(
    String patientId, Instant time, String action, double addedLoadKg, String reason) {
  public StoredDecision {
    Names.requireId(patientId, "patientId");
    if (time == null || action == null || action.isBlank() || reason == null) {
      throw new IllegalArgumentException("time, action and reason must be given");
    }
  }
}
