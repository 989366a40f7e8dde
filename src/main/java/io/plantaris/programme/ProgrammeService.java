package io.plantaris.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme's use cases over a {@link ProgrammeRepository}: decide after a session or a
 * next-morning report, and apply a clinician's review to the prescription. Time is passed in.
 */
public final class ProgrammeService {
  private final ProgrammeRepository repo;
  private final ProgressionEngine engine;

  public ProgrammeService(ProgrammeRepository repo, ProgressionEngine engine) {
    this.repo = Check.notNull("repo", repo);
    this.engine = Check.notNull("engine", engine);
  }

  /** Stores the session and proposes the step after it. */
  public Decision recordSession(SessionOutcome session, Instant now) {
    repo.addSession(session);
    return decide(session, now);
  }

  /**
   * Stores a pain report; a next-morning report re-decides on the session before it, since the
   * 24-hour response decides.
   */
  public Optional<Decision> recordPain(PainReport report) {
    repo.addPainReport(report);
    if (report.kind() != PainKind.NEXT_MORNING) {
      return Optional.empty();
    }
    Instant from = report.at().minus(Duration.ofHours(engine.config().morningWindowHours()));
    return repo.sessions(report.patientId()).stream()
        .filter(s -> s.at().isBefore(report.at()) && !s.at().isBefore(from))
        .max(Comparator.comparing(SessionOutcome::at))
        .map(s -> decide(s, report.at()));
  }

  /** Proposes the step after a stored session and stores the proposal. */
  public Decision decide(SessionOutcome session, Instant now) {
    String patient = session.patientId();
    ProgressionInput in =
        ProgressionInputs.assemble(
            repo.prescriptions(patient),
            repo.sessions(patient),
            repo.painReports(patient),
            session,
            engine.config());
    Decision d = engine.decide(in, now);
    repo.addDecision(d);
    return d;
  }

  /** The newest record of every decision of a patient, oldest decision first. */
  public List<Decision> currentDecisions(String patientId) {
    return Decision.newestRecords(repo.decisions(patientId));
  }

  /** Per patient, the decisions still waiting for a review, oldest first, read at once. */
  public Map<String, List<Decision>> proposedDecisions(Collection<String> patientIds) {
    return repo.proposedDecisionsByPatient(patientIds);
  }

  /**
   * Records the clinician's review and, when the step changes the prescription, the new version.
   *
   * @param replacement null to accept the proposal
   */
  public Decision review(
      String patientId,
      String decisionId,
      String clinicianId,
      Change replacement,
      String note,
      Instant at) {
    Decision current = latestRecord(repo.decisions(patientId), decisionId);
    if (current == null) {
      throw new IllegalArgumentException("no decision " + decisionId + " for " + patientId);
    }
    Decision reviewed =
        replacement == null
            ? current.accept(clinicianId, at, note)
            : current.override(clinicianId, at, replacement, note);
    PrescriptionVersion rx =
        repo.prescriptions(patientId)
            .latest()
            .orElseThrow(() -> new IllegalStateException("no prescription for " + patientId));
    Optional<PrescriptionVersion> next =
        reviewed
            .effective()
            .applyTo(
                rx, at, clinicianId, decisionId + " " + reviewed.status().name().toLowerCase());
    repo.addDecision(reviewed);
    next.ifPresent(repo::addPrescription);
    return reviewed;
  }

  private static Decision latestRecord(List<Decision> all, String id) {
    Decision found = null;
    for (Decision d : all) {
      if (d.id().equals(id)) {
        found = d;
      }
    }
    return found;
  }
}
