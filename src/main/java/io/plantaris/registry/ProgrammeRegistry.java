package io.plantaris.registry;

import io.plantaris.programme.ProgrammeRepository;
import java.util.List;
import java.util.Optional;

/**
 * The programme's records plus who is in it: clinicians, patients and the insoles they wear. The
 * one way in for routes, FHIR, access control and progression; a database or the legacy JSON file
 * stands behind it.
 */
public interface ProgrammeRegistry extends ProgrammeRepository {

  /**
   * @throws IllegalArgumentException when the id is taken
   */
  void addClinician(Clinician c);

  /**
   * @throws IllegalArgumentException when the id is taken or a clinician is unknown
   */
  void addPatient(Patient p);

  /** Assigns a clinician to a patient (no change if already assigned); the patient after. */
  Patient assign(String patientId, String clinicianId);

  /**
   * @throws IllegalArgumentException when the device is taken or that foot already has one
   */
  void addInsole(Insole insole);

  Optional<Patient> patient(String id);

  /** Every patient, in the order they were added. */
  List<Patient> patients();

  /** The patients assigned to a clinician, in the order they were added. */
  default List<Patient> patientsOf(String clinicianId) {
    return patients().stream().filter(p -> p.assignedTo(clinicianId)).toList();
  }

  List<Clinician> clinicians();

  /** The insoles of a patient. */
  List<Insole> insoles(String patientId);

  /** Every insole, patient by patient in the order they were added (start-up's device map). */
  default List<Insole> insoles() {
    return patients().stream().flatMap(p -> insoles(p.id()).stream()).toList();
  }

  /** Who wears a device, for routing live data to a patient. */
  Optional<Insole> insole(String deviceId);

  /**
   * The registry patient behind a live event's device or pipeline person id: the wearer of a
   * registered insole, or a patient whose id is that person id.
   */
  default Optional<String> patientOf(String deviceOrPerson) {
    Optional<String> p = insole(deviceOrPerson).map(Insole::patientId);
    return p.isPresent() ? p : patient(deviceOrPerson).map(Patient::id);
  }
}
