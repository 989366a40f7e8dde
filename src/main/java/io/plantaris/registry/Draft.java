package io.plantaris.registry;

import io.plantaris.programme.Decision;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.SessionOutcome;
import java.util.ArrayList;
import java.util.List;

/** A mutable copy of the registry document, edited inside one update and frozen again. */
final class Draft {
  final List<Patient> patients;
  final List<Clinician> clinicians;
  final List<Insole> insoles;
  final List<PrescriptionVersion> prescriptions;
  final List<PainReport> painReports;
  final List<SessionOutcome> sessions;
  final List<Decision> decisions;

  Draft(RegistryState s) {
    patients = new ArrayList<>(s.patients());
    clinicians = new ArrayList<>(s.clinicians());
    insoles = new ArrayList<>(s.insoles());
    prescriptions = new ArrayList<>(s.prescriptions());
    painReports = new ArrayList<>(s.painReports());
    sessions = new ArrayList<>(s.sessions());
    decisions = new ArrayList<>(s.decisions());
  }

  RegistryState freeze() {
    return new RegistryState(
        RegistryState.FORMAT_VERSION,
        patients,
        clinicians,
        insoles,
        prescriptions,
        painReports,
        sessions,
        decisions);
  }

  void requirePatient(String patientId) {
    if (patients.stream().noneMatch(p -> p.id().equals(patientId))) {
      throw new IllegalArgumentException("unknown patient '" + patientId + "'");
    }
  }

  void requireClinician(String clinicianId) {
    if (clinicians.stream().noneMatch(c -> c.id().equals(clinicianId))) {
      throw new IllegalArgumentException("unknown clinician '" + clinicianId + "'");
    }
  }
}
