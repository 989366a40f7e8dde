package io.plantaris.programme;

import java.util.List;

/**
 * Port for the programme's records of one deployment: prescription versions, pain reports, session
 * outcomes and decisions, all append-only. Backed by the registry file or by the time-series store.
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
}
