package io.plantaris.registry;

import io.plantaris.programme.Decision;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.SessionOutcome;
import java.util.List;

/** The whole registry document as stored in one JSON file. */
public record RegistryState(
    int formatVersion,
    List<Patient> patients,
    List<Clinician> clinicians,
    List<Insole> insoles,
    List<PrescriptionVersion> prescriptions,
    List<PainReport> painReports,
    List<SessionOutcome> sessions,
    List<Decision> decisions) {

  /** The format this code writes and reads; a newer file is refused, not rewritten. */
  public static final int FORMAT_VERSION = 1;

  public RegistryState {
    if (formatVersion < 1 || formatVersion > FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "registry format "
              + formatVersion
              + " is not supported by this version (reads 1.."
              + FORMAT_VERSION
              + ")");
    }
    patients = List.copyOf(patients);
    clinicians = List.copyOf(clinicians);
    insoles = List.copyOf(insoles);
    prescriptions = List.copyOf(prescriptions);
    painReports = List.copyOf(painReports);
    sessions = List.copyOf(sessions);
    decisions = List.copyOf(decisions);
  }

  public static RegistryState empty() {
    return new RegistryState(
        FORMAT_VERSION,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
