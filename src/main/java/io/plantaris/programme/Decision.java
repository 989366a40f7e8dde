package io.plantaris.programme;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One proposal of the progression engine with its inputs and reasons, and what the clinician made
 * of it. Immutable: accepting or overriding returns a new record with the same id, and the history
 * keeps both.
 *
 * @param prescriptionVersion the version the session was judged against
 * @param ruleId the rule-table row that decided
 * @param review null while PROPOSED
 */
public record Decision(
    String id,
    String patientId,
    String sessionId,
    Trigger trigger,
    Instant decidedAt,
    int prescriptionVersion,
    String ruleId,
    String inputsSummary,
    Change proposed,
    List<String> reasons,
    DecisionStatus status,
    Review review) {

  public Decision {
    Check.id("id", id);
    Check.id("patientId", patientId);
    Check.id("sessionId", sessionId);
    Check.notNull("trigger", trigger);
    Check.notNull("decidedAt", decidedAt);
    Check.id("ruleId", ruleId);
    Check.notNull("inputsSummary", inputsSummary);
    Check.notNull("proposed", proposed);
    Check.notNull("status", status);
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("decision " + id + " has no reasons");
    }
    if ((status == DecisionStatus.PROPOSED) != (review == null)) {
      throw new IllegalArgumentException("a review exists exactly when the status is not PROPOSED");
    }
    if (status == DecisionStatus.ACCEPTED && review.replacement() != null) {
      throw new IllegalArgumentException("an accepted decision has no replacement action");
    }
    if (status == DecisionStatus.OVERRIDDEN
        && (review.replacement() == null || review.note().isEmpty())) {
      throw new IllegalArgumentException(
          "overriding needs the clinician's replacement action and a note saying why");
    }
  }

  /**
   * The newest record of every decision among a patient's records (oldest first), in the order the
   * decisions were first made: a review is a later record with the decision's id.
   */
  public static List<Decision> newestRecords(List<Decision> records) {
    Map<String, Decision> byId = new LinkedHashMap<>();
    for (Decision d : records) {
      byId.put(d.id(), d);
    }
    return List.copyOf(byId.values());
  }

  /** The clinician agrees with the proposal. */
  public Decision accept(String clinicianId, Instant at, String note) {
    requireProposed();
    return withReview(DecisionStatus.ACCEPTED, new Review(clinicianId, at, null, note));
  }

  /** The clinician replaces the proposal with another step and says why. */
  public Decision override(String clinicianId, Instant at, Change replacement, String note) {
    requireProposed();
    Check.notNull("replacement", replacement);
    return withReview(DecisionStatus.OVERRIDDEN, new Review(clinicianId, at, replacement, note));
  }

  /** The step in force: the clinician's replacement if overridden, else the proposal. */
  public Change effective() {
    return status == DecisionStatus.OVERRIDDEN ? review.replacement() : proposed;
  }

  private void requireProposed() {
    if (status != DecisionStatus.PROPOSED) {
      throw new IllegalStateException("decision " + id + " was already " + status);
    }
  }

  private Decision withReview(DecisionStatus s, Review r) {
    if (r.at().isBefore(decidedAt)) {
      throw new IllegalArgumentException("a review cannot predate the decision it reviews");
    }
    return new Decision(
        id,
        patientId,
        sessionId,
        trigger,
        decidedAt,
        prescriptionVersion,
        ruleId,
        inputsSummary,
        proposed,
        reasons,
        s,
        r);
  }
}
