package io.plantaris.registry;

import io.plantaris.programme.Check;
import java.util.List;

/**
 * A patient and the clinicians assigned to them; access control reads {@code clinicianIds} to
 * decide which clinicians may see and edit this patient.
 */
public record Patient(String id, String name, List<String> clinicianIds) {

  public Patient {
    Check.id("patient id", id);
    name = Names.check("patient name", name);
    clinicianIds = List.copyOf(clinicianIds);
    clinicianIds.forEach(c -> Check.id("clinician id", c));
    if (clinicianIds.stream().distinct().count() != clinicianIds.size()) {
      throw new IllegalArgumentException("patient " + id + " lists a clinician twice");
    }
  }

  /** True when this clinician may see and edit the patient. */
  public boolean assignedTo(String clinicianId) {
    return clinicianIds.contains(clinicianId);
  }
}
