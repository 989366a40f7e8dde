package io.plantaris.fhir;

import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionHistory;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import io.plantaris.store.StoredSet;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the export of one patient is built from: the registry's records and the store's
 * history, already read, so that building the bundle touches neither disk nor network.
 *
 * @param clinicians the clinicians assigned to the patient (named as care team)
 * @param pain pain ratings from the registry and the store, duplicates allowed (merged later)
 * @param decisions every record of the progression decisions from the registry and the store
 *     (proposals and their reviews, the same record in both allowed); kept as each decision once,
 *     in its latest state, in the order they were decided
 */
public record PatientRecords(
    Patient patient,
    List<Clinician> clinicians,
    List<Insole> insoles,
    PrescriptionHistory prescriptions,
    List<StoredSession> sessions,
    List<StoredSet> sets,
    List<StoredRep> reps,
    List<PainRating> pain,
    List<Decision> decisions) {

  public PatientRecords {
    if (patient == null || prescriptions == null) {
      throw new IllegalArgumentException("patient and prescriptions must be given");
    }
    clinicians = List.copyOf(clinicians);
    insoles = List.copyOf(insoles);
    sessions = List.copyOf(sessions);
    sets = List.copyOf(sets);
    reps = List.copyOf(reps);
    pain = List.copyOf(pain);
    decisions = latest(decisions);
    for (Insole i : insoles) {
      if (!i.patientId().equals(patient.id())) {
        throw new IllegalArgumentException(
            "insole " + i.deviceId() + " belongs to " + i.patientId() + ", not " + patient.id());
      }
    }
    for (Decision x : decisions) {
      if (!x.patientId().equals(patient.id())) {
        throw new IllegalArgumentException(
            "decision " + x.id() + " is about " + x.patientId() + ", not " + patient.id());
      }
    }
  }

  /**
   * Each decision id once: a review beats the proposal it reviews, and of two reviews the later one
   * wins (the registry and the store each keep a proposal and its review as separate records).
   */
  static List<Decision> latest(List<Decision> records) {
    Comparator<Decision> newer =
        Comparator.comparing((Decision x) -> x.status() != DecisionStatus.PROPOSED)
            .thenComparing(x -> x.review() == null ? x.decidedAt() : x.review().at());
    Map<String, Decision> byId = new LinkedHashMap<>();
    for (Decision x : records) {
      byId.merge(x.id(), x, (a, b) -> newer.compare(b, a) > 0 ? b : a);
    }
    return byId.values().stream()
        .sorted(Comparator.comparing(Decision::decidedAt).thenComparing(Decision::id))
        .toList();
  }

  /**
   * A 0-10 pain rating whichever record it came from.
   *
   * @param timing when it was taken relative to a session
   */
  public record PainRating(HeelRaiseCode timing, int score, Instant at, String note) {
    public PainRating {
      if (timing == null || at == null) {
        throw new IllegalArgumentException("timing and time must be given");
      }
      if (score < 0 || score > 10) {
        throw new IllegalArgumentException("pain score must be 0-10, was " + score);
      }
      note = note == null ? "" : note;
    }

    public static PainRating of(PainReport r) {
      HeelRaiseCode t =
          switch (r.kind()) {
            case BEFORE -> HeelRaiseCode.PAIN_BEFORE;
            case DURING -> HeelRaiseCode.PAIN_DURING;
            case NEXT_MORNING -> HeelRaiseCode.PAIN_NEXT_MORNING;
          };
      return new PainRating(t, r.score(), r.at(), r.note());
    }
  }
}
