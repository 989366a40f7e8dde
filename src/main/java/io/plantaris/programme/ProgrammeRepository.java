package io.plantaris.programme;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port for the programme's records of one deployment: prescription versions, pain reports, session
 * outcomes and decisions, all append-only. Backed by the registry file or by the time-series store.
 *
 * <p>The {@code ...ByPatient} reads answer for many patients at once (a clinician's overview of
 * 200): each is what the one-patient read gives, per patient, in the order the ids were given; a
 * database answers them with one query instead of one per patient.
 */
public interface ProgrammeRepository {

  /** All prescription versions of a patient, oldest first. */
  PrescriptionHistory prescriptions(String patientId);

  /**
   * Appends a version; it must be version 1 for a new patient or one above the latest.
   *
   * @throws IllegalArgumentException when the version number is out of sequence
   */
  void addPrescription(PrescriptionVersion version);

  /** A patient's pain reports, oldest first. */
  List<PainReport> painReports(String patientId);

  void addPainReport(PainReport report);

  /** A patient's session outcomes, oldest first. */
  List<SessionOutcome> sessions(String patientId);

  /** Stores a session outcome; a second one with the same session id replaces the first. */
  void addSession(SessionOutcome session);

  /** Every decision record of a patient, oldest first, reviews after the proposals they review. */
  List<Decision> decisions(String patientId);

  void addDecision(Decision decision);

  /** {@link #prescriptions(String)} of each patient. */
  default Map<String, PrescriptionHistory> prescriptionsByPatient(Collection<String> patientIds) {
    Map<String, PrescriptionHistory> out = new LinkedHashMap<>();
    for (String id : patientIds) {
      out.put(id, prescriptions(id));
    }
    return out;
  }

  /**
   * The newest prescription version of each patient (empty when none), as {@link
   * PrescriptionHistory#latest()} of {@link #prescriptionsByPatient}: what the overview shows. A
   * database reads one version per patient, not the whole history.
   */
  default Map<String, Optional<PrescriptionVersion>> latestPrescriptionsByPatient(
      Collection<String> patientIds) {
    Map<String, Optional<PrescriptionVersion>> out = new LinkedHashMap<>();
    prescriptionsByPatient(patientIds).forEach((id, h) -> out.put(id, h.latest()));
    return out;
  }

  /** {@link #painReports(String)} of each patient, only those at {@code [from, to)}. */
  default Map<String, List<PainReport>> painReportsByPatient(
      Collection<String> patientIds, Instant from, Instant to) {
    Map<String, List<PainReport>> out = new LinkedHashMap<>();
    for (String id : patientIds) {
      out.put(
          id,
          painReports(id).stream()
              .filter(p -> !p.at().isBefore(from) && p.at().isBefore(to))
              .toList());
    }
    return out;
  }

  /**
   * {@link #painReportsByPatient(Collection, Instant, Instant)}, only those of one kind (the
   * overview's pain during exercise): a database reads the rest of the history not at all.
   */
  default Map<String, List<PainReport>> painReportsByPatient(
      Collection<String> patientIds, PainKind kind, Instant from, Instant to) {
    Map<String, List<PainReport>> out = new LinkedHashMap<>();
    painReportsByPatient(patientIds, from, to)
        .forEach((id, all) -> out.put(id, all.stream().filter(p -> p.kind() == kind).toList()));
    return out;
  }

  /** {@link #decisions(String)} of each patient. */
  default Map<String, List<Decision>> decisionsByPatient(Collection<String> patientIds) {
    Map<String, List<Decision>> out = new LinkedHashMap<>();
    for (String id : patientIds) {
      out.put(id, decisions(id));
    }
    return out;
  }

  /**
   * Per patient, the decisions whose newest record is still a proposal (waiting for a review),
   * oldest first: {@link Decision#newestRecords} of {@link #decisions(String)}, the proposed ones.
   * A database reads only those, not every record since the programme began.
   */
  default Map<String, List<Decision>> proposedDecisionsByPatient(Collection<String> patientIds) {
    Map<String, List<Decision>> out = new LinkedHashMap<>();
    decisionsByPatient(patientIds)
        .forEach(
            (id, records) ->
                out.put(
                    id,
                    Decision.newestRecords(records).stream()
                        .filter(d -> d.status() == DecisionStatus.PROPOSED)
                        .toList()));
    return out;
  }
}
