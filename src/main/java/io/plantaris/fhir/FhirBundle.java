package io.plantaris.fhir;

import io.plantaris.registry.Clinician;
import io.plantaris.registry.Patient;
import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Builds the FHIR R4 export of one patient as a {@code collection} Bundle: the local CodeSystem,
 * the Patient, a Device per insole, a CarePlan and Goal per prescription version, per session a
 * grouping Observation with one member Observation per set, and the pain ratings. Every reference
 * between them is a {@code urn:uuid} resolved inside the bundle.
 *
 * <p>Why a collection and not a document: a document is an attested clinical statement (a
 * Composition with an author, sections and narrative, signed off as a whole). This export is a set
 * of measured records for another system to import, which is what a collection is for.
 */
public final class FhirBundle {
  private FhirBundle() {}

  public static Bundle build(PatientRecords records, Instant exportedAt) {
    Bundle b = new Bundle();
    b.setType(Bundle.BundleType.COLLECTION);
    b.setTimestamp(Date.from(exportedAt));
    Patient p = records.patient();
    b.setIdentifier(
        new Identifier()
            .setSystem("https://plantaris.io/fhir/NamingSystem/export")
            .setValue(p.id() + "/" + exportedAt));
    BundleDraft d = new BundleDraft(b, records);
    b.addEntry()
        .setFullUrl(HeelRaiseCode.SYSTEM)
        .setResource(
            FhirValues.narrative(
                    HeelRaiseCodeSystem.resource(), "Plantaris heel-raise measures (local codes)")
                .setId("heel-raise"));
    d.add(d.patient.getReference(), patient(records));
    DeviceEntries.add(d);
    CarePlanEntries.add(d);
    SessionEntries.add(d);
    PainEntries.add(d);
    return b;
  }

  private static org.hl7.fhir.r4.model.Patient patient(PatientRecords records) {
    org.hl7.fhir.r4.model.Patient fp = new org.hl7.fhir.r4.model.Patient();
    fp.addIdentifier().setSystem(FhirValues.PATIENT_ID_SYSTEM).setValue(records.patient().id());
    fp.addName().setText(records.patient().name());
    fp.setActive(true);
    FhirValues.narrative(fp, records.patient().name());
    for (Clinician c : records.clinicians()) {
      Reference r = new Reference().setType("Practitioner").setDisplay(c.name());
      r.setIdentifier(new Identifier().setSystem(FhirValues.CLINICIAN_ID_SYSTEM).setValue(c.id()));
      fp.addGeneralPractitioner(r);
    }
    return fp;
  }
}
