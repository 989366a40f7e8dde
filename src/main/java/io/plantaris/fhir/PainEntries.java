package io.plantaris.fhir;

import io.plantaris.fhir.PatientRecords.PainRating;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;

/**
 * Pain ratings as LOINC 72514-3 Observations (pain severity, 0-10 numeric rating), with when the
 * rating was taken as a component. A rating kept both in the registry and in the store (same time
 * and score) is exported once.
 */
final class PainEntries {
  static final String LOINC_PAIN_SEVERITY = "72514-3";
  static final String LOINC_PAIN_DISPLAY =
      "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

  private PainEntries() {}

  static void add(BundleDraft d) {
    Map<String, PainRating> unique = new LinkedHashMap<>();
    d.records.pain().stream()
        .sorted(Comparator.comparing(PainRating::at))
        .forEach(
            p -> unique.merge(p.at() + "/" + p.score(), p, (a, b) -> a.note().isEmpty() ? b : a));
    for (PainRating p : unique.values()) {
      Observation o = new Observation();
      o.setStatus(Observation.ObservationStatus.FINAL);
      o.addCategory(FhirValues.category("survey", "Survey"));
      o.setCode(
          new CodeableConcept(new Coding(FhirValues.LOINC, LOINC_PAIN_SEVERITY, LOINC_PAIN_DISPLAY))
              .setText("Pain 0-10"));
      o.setSubject(d.patient.copy());
      o.addPerformer(d.patient.copy()); // self-reported
      FhirValues.narrative(
          o,
          "Pain "
              + p.score()
              + "/10 "
              + p.timing().display().toLowerCase(java.util.Locale.ROOT)
              + " ("
              + p.at()
              + ")");
      o.setEffective(FhirValues.dateTime(p.at()));
      o.setValue(FhirValues.ucum(p.score(), "{score}"));
      o.addComponent()
          .setCode(new CodeableConcept(HeelRaiseCode.PAIN_TIMING.coding()))
          .setValue(p.timing().concept());
      if (!p.note().isEmpty()) {
        o.addNote().setText(p.note());
      }
      d.add(d.urn("Observation/pain", p.at() + "/" + p.timing().code() + "/" + p.score()), o);
    }
  }
}
