package io.plantaris.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link ProgrammeRepository} in memory, for tests and for a service without persistence. */
public final class InMemoryProgrammeRepository implements ProgrammeRepository {
  private final List<PrescriptionVersion> prescriptions = new ArrayList<>();
  private final List<PainReport> pain = new ArrayList<>();
  private final List<SessionOutcome> sessions = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();

  @Override
  public synchronized PrescriptionHistory prescriptions(String patientId) {
    return new PrescriptionHistory(
        prescriptions.stream().filter(p -> p.patientId().equals(patientId)).toList());
  }

  @Override
  public synchronized void addPrescription(PrescriptionVersion version) {
    int latest = prescriptions(version.patientId()).versions().size();
    if (version.version() != latest + 1) {
      throw new IllegalArgumentException(
          "prescription version "
              + version.version()
              + " for "
              + version.patientId()
              + " is out of sequence; the next is "
              + (latest + 1));
    }
    prescriptions.add(version);
  }

  @Override
  public synchronized List<PainReport> painReports(String patientId) {
    return pain.stream()
        .filter(p -> p.patientId().equals(patientId))
        .sorted(Comparator.comparing(PainReport::at))
        .toList();
  }

  @Override
  public synchronized void addPainReport(PainReport report) {
    pain.add(report);
  }

  @Override
  public synchronized List<SessionOutcome> sessions(String patientId) {
    return sessions.stream()
        .filter(s -> s.patientId().equals(patientId))
        .sorted(Comparator.comparing(SessionOutcome::at))
        .toList();
  }

  @Override
  public synchronized void addSession(SessionOutcome session) {
    sessions.removeIf(s -> s.sessionId().equals(session.sessionId()));
    sessions.add(session);
  }

  @Override
  public synchronized List<Decision> decisions(String patientId) {
    return decisions.stream().filter(d -> d.patientId().equals(patientId)).toList();
  }

  @Override
  public synchronized void addDecision(Decision decision) {
    decisions.add(decision);
  }
}
