package io.plantaris.cli.programme;

import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;

/** Only a clinician assigned to the patient edits the prescription or reviews a decision. */
final class Assigned {
  private Assigned() {}

  static void require(ProgrammeRegistry r, String patientId, String clinicianId) {
    Patient p =
        r.patient(patientId)
            .orElseThrow(() -> new IllegalArgumentException("unknown patient '" + patientId + "'"));
    if (!p.assignedTo(clinicianId)) {
      throw new IllegalArgumentException(
          "clinician '" + clinicianId + "' is not assigned to patient " + patientId);
    }
  }
}
