package io.plantaris.fhir;

import io.plantaris.programme.PrescriptionHistory;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.store.StoredDecision;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import io.plantaris.store.StoredSet;
import java.time.Instant;
import java.util.List;

/**
 * Everything the export of one patient is built from: the registry's records and the store's
 * history, already read, so that building the bundle touches neither disk nor network.
 *
 * @param clinicians the clinicians assigned to the patient (named as care team)
 * @param pain pain ratings from the registry and the store, duplicates allowed (merged later)
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
    List<StoredDecision> decisions) {

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
    decisions = List.copyOf(decisions);
    for (Insole i : insoles) {
      if (!i.patientId().equals(patient.id())) {
        throw new IllegalArgumentException(
            "insole " + i.deviceId() + " belongs to " + i.patientId() + ", not " + patient.id());
      }
    }
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

    public static PainRating of(io.plantaris.programme.PainReport r) {
      HeelRaiseCode t =
          switch (r.kind()) {
            case BEFORE -> HeelRaiseCode.PAIN_BEFORE;
            case DURING -> HeelRaiseCode.PAIN_DURING;
            case NEXT_MORNING -> HeelRaiseCode.PAIN_NEXT_MORNING;
          };
      return new PainRating(t, r.score(), r.at(), r.note());
    }

    public static PainRating of(io.plantaris.store.PainReport r) {
      HeelRaiseCode t =
          switch (r.kind()) {
            case DURING -> HeelRaiseCode.PAIN_DURING;
            case AFTER -> HeelRaiseCode.PAIN_AFTER;
            case NEXT_MORNING -> HeelRaiseCode.PAIN_NEXT_MORNING;
          };
      return new PainRating(t, r.score(), r.time(), "");
    }
  }
}
