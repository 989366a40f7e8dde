package io.plantaris.programme;

/** Where a proposal stands with the clinician. */
public enum DecisionStatus {
  PROPOSED,
  ACCEPTED,
  OVERRIDDEN
}
