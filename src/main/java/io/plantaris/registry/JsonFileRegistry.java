package io.plantaris.registry;

import io.plantaris.files.PrivateFiles;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionHistory;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.SessionOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The registry of patients, clinicians, insoles and the programme records in one JSON file, as
 * earlier versions kept it. The service now keeps them in a database ({@code
 * io.plantaris.registry.jdbc.JdbcProgrammeRepository}); this file is read once by {@code programme
 * import-json}. Every update is a locked read-modify-write of the whole file ({@link
 * AtomicJsonFile}), so its cost grows with the file: fine for tests and an import, not for a
 * clinic.
 */
public final class JsonFileRegistry implements ProgrammeRegistry {
  private final AtomicJsonFile file;

  public JsonFileRegistry(Path path) {
    this.file = new AtomicJsonFile(path);
    PrivateFiles.restrictQuietly(file.path()); // 0600 (older versions: 0644)
  }

  public Path path() {
    return file.path();
  }

  /** A snapshot of the whole document. */
  public RegistryState snapshot() {
    return file.read();
  }

  @Override
  public void addClinician(Clinician c) {
    edit(
        d -> {
          if (d.clinicians.stream().anyMatch(x -> x.id().equals(c.id()))) {
            throw new IllegalArgumentException("clinician '" + c.id() + "' already exists");
          }
          d.clinicians.add(c);
        });
  }

  @Override
  public void addPatient(Patient p) {
    edit(
        d -> {
          if (d.patients.stream().anyMatch(x -> x.id().equals(p.id()))) {
            throw new IllegalArgumentException("patient '" + p.id() + "' already exists");
          }
          p.clinicianIds().forEach(d::requireClinician);
          d.patients.add(p);
        });
  }

  /** Assigns a clinician to a patient (no change if already assigned). */
  @Override
  public Patient assign(String patientId, String clinicianId) {
    edit(
        d -> {
          d.requirePatient(patientId);
          d.requireClinician(clinicianId);
          d.patients.replaceAll(
              p -> {
                if (!p.id().equals(patientId) || p.assignedTo(clinicianId)) {
                  return p;
                }
                List<String> ids = new ArrayList<>(p.clinicianIds());
                ids.add(clinicianId);
                return new Patient(p.id(), p.name(), ids);
              });
        });
    return patient(patientId).orElseThrow();
  }

  @Override
  public void addInsole(Insole insole) {
    edit(
        d -> {
          d.requirePatient(insole.patientId());
          for (Insole x : d.insoles) {
            insole.mustNotClashWith(x);
          }
          d.insoles.add(insole);
        });
  }

  @Override
  public Optional<Patient> patient(String id) {
    return snapshot().patients().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Override
  public List<Patient> patients() {
    return snapshot().patients();
  }

  @Override
  public List<Clinician> clinicians() {
    return snapshot().clinicians();
  }

  /** The insoles of a patient. */
  @Override
  public List<Insole> insoles(String patientId) {
    return snapshot().insoles().stream().filter(i -> i.patientId().equals(patientId)).toList();
  }

  /** Who wears a device, for routing live data to a patient. */
  @Override
  public Optional<Insole> insole(String deviceId) {
    return snapshot().insoles().stream().filter(i -> i.deviceId().equals(deviceId)).findFirst();
  }

  /**
   * The registry patient behind a live event's device or pipeline person id: the wearer of a
   * registered insole, or a patient whose id is that person id.
   */
  @Override
  public Optional<String> patientOf(String deviceOrPerson) {
    RegistryState s = snapshot();
    Optional<String> p =
        s.insoles().stream()
            .filter(i -> i.deviceId().equals(deviceOrPerson))
            .map(Insole::patientId)
            .findFirst();
    return p.isPresent()
        ? p
        : s.patients().stream().map(Patient::id).filter(deviceOrPerson::equals).findFirst();
  }

  @Override
  public PrescriptionHistory prescriptions(String patientId) {
    return new PrescriptionHistory(
        snapshot().prescriptions().stream().filter(p -> p.patientId().equals(patientId)).toList());
  }

  @Override
  public void addPrescription(PrescriptionVersion v) {
    edit(
        d -> {
          d.requirePatient(v.patientId());
          long latest =
              d.prescriptions.stream().filter(p -> p.patientId().equals(v.patientId())).count();
          if (v.version() != latest + 1) {
            throw new IllegalArgumentException(
                "prescription version "
                    + v.version()
                    + " for "
                    + v.patientId()
                    + " is out of sequence; the next is "
                    + (latest + 1)
                    + " (someone else edited it meanwhile?)");
          }
          d.prescriptions.add(v);
        });
  }

  @Override
  public List<PainReport> painReports(String patientId) {
    return snapshot().painReports().stream()
        .filter(p -> p.patientId().equals(patientId))
        .sorted(Comparator.comparing(PainReport::at))
        .toList();
  }

  @Override
  public void addPainReport(PainReport report) {
    edit(
        d -> {
          d.requirePatient(report.patientId());
          d.painReports.add(report);
        });
  }

  @Override
  public List<SessionOutcome> sessions(String patientId) {
    return snapshot().sessions().stream()
        .filter(s -> s.patientId().equals(patientId))
        .sorted(Comparator.comparing(SessionOutcome::at))
        .toList();
  }

  @Override
  public void addSession(SessionOutcome session) {
    edit(
        d -> {
          d.requirePatient(session.patientId());
          d.sessions.removeIf(s -> s.sessionId().equals(session.sessionId()));
          d.sessions.add(session);
        });
  }

  @Override
  public List<Decision> decisions(String patientId) {
    return snapshot().decisions().stream().filter(x -> x.patientId().equals(patientId)).toList();
  }

  @Override
  public void addDecision(Decision decision) {
    edit(
        d -> {
          d.requirePatient(decision.patientId());
          d.decisions.add(decision);
        });
  }

  private void edit(Consumer<Draft> change) {
    file.update(
        s -> {
          Draft d = new Draft(s);
          change.accept(d);
          return d.freeze();
        });
  }
}
