package io.plantaris.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;

/** Small builders for the FHIR values the export repeats: UCUM quantities, UTC times, ids. */
final class FhirValues {
  static final String UCUM = "http://unitsofmeasure.org";
  static final String LOINC = "http://loinc.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String PATIENT_ID_SYSTEM = "https://plantaris.io/fhir/NamingSystem/patient-id";
  static final String DEVICE_ID_SYSTEM = "https://plantaris.io/fhir/NamingSystem/device-id";
  static final String CLINICIAN_ID_SYSTEM = "https://plantaris.io/fhir/NamingSystem/clinician-id";

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private FhirValues() {}

  /** A UCUM quantity; {@code unit} is both the code and the human unit ("s", "kg", "{count}"). */
  static Quantity ucum(double value, String unit) {
    return new Quantity().setValue(value).setUnit(unit).setSystem(UCUM).setCode(unit);
  }

  static Quantity count(long n) {
    return ucum(n, "{count}");
  }

  static Quantity seconds(double millis) {
    return ucum(Math.round(millis) / 1000.0, "s");
  }

  static DateTimeType dateTime(Instant t) {
    return new DateTimeType(Date.from(t), TemporalPrecisionEnum.MILLI, UTC);
  }

  /** The UTC calendar day of an instant. */
  static DateType date(Instant t) {
    return new DateType(t.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
  }

  static Period period(Instant start, Instant end) {
    Period p = new Period().setStartElement(dateTime(start));
    if (end != null) {
      p.setEndElement(dateTime(end));
    }
    return p;
  }

  static CodeableConcept category(String code, String display) {
    return new CodeableConcept(new Coding(OBSERVATION_CATEGORY, code, display));
  }

  /** A one-line human-readable summary, so that a reader without Plantaris sees what it is. */
  static <T extends DomainResource> T narrative(T r, String summary) {
    Narrative n = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
    n.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escape(summary) + "</div>");
    r.setText(n);
    return r;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * A stable {@code urn:uuid} for a record: the same record exported twice gets the same id, so a
   * receiver can recognise what it already has.
   */
  static String urn(String patientId, String kind, Object key) {
    String name = "plantaris:" + patientId + ":" + kind + ":" + key;
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
