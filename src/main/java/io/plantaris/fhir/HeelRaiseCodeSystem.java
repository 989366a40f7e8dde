package io.plantaris.fhir;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/** The FHIR CodeSystem resource that defines {@link HeelRaiseCode}, shipped in every export. */
public final class HeelRaiseCodeSystem {
  /** Bumped whenever a concept is added or its meaning changes. */
  public static final String VERSION = "1.0.0";

  private HeelRaiseCodeSystem() {}

  public static CodeSystem resource() {
    CodeSystem cs = new CodeSystem();
    cs.setUrl(HeelRaiseCode.SYSTEM);
    cs.setVersion(VERSION);
    cs.setName("PlantarisHeelRaise");
    cs.setTitle("Plantaris heel-raise measures");
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setExperimental(false);
    cs.setPublisher("Plantaris");
    cs.setDescription(
        "Measures of controlled heel raises counted by a sensor insole, and the parts of a"
            + " heel-raise prescription, for which no LOINC code exists.");
    cs.setCaseSensitive(true);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    for (HeelRaiseCode c : HeelRaiseCode.values()) {
      cs.addConcept().setCode(c.code()).setDisplay(c.display()).setDefinition(c.definition());
    }
    cs.setCount(HeelRaiseCode.values().length);
    return cs;
  }
}
