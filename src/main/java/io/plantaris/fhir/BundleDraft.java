package io.plantaris.fhir;

import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The bundle being built, with the references the parts of the export share. */
final class BundleDraft {
  final Bundle bundle;
  final PatientRecords records;
  final String patientId;
  final Reference patient;

  /** Devices by the store's device key (one id, or ids joined by '+'), with their urns. */
  final Map<String, Device> devices = new HashMap<>();

  final Map<String, String> deviceUrns = new HashMap<>();

  BundleDraft(Bundle bundle, PatientRecords records) {
    this.bundle = bundle;
    this.records = records;
    this.patientId = records.patient().id();
    this.patient =
        new Reference(FhirValues.urn(patientId, "Patient", patientId))
            .setDisplay(records.patient().name());
  }

  /** Adds a resource under its urn and returns a reference to it. */
  Reference add(String urn, Resource r) {
    bundle.addEntry().setFullUrl(urn).setResource(r);
    return new Reference(urn);
  }

  String urn(String kind, Object key) {
    return FhirValues.urn(patientId, kind, key);
  }
}
