package io.plantaris.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;

/** FHIR R4 JSON through HAPI's parser; the context is costly to build, so it is built once. */
public final class FhirJson {
  /** The media type of FHIR JSON (FHIR R4 3.1.0.1.2). */
  public static final String MEDIA_TYPE = "application/fhir+json";

  private FhirJson() {}

  public static FhirContext context() {
    return FhirContext.forR4Cached();
  }

  public static String encode(Bundle bundle, boolean pretty) {
    return context().newJsonParser().setPrettyPrint(pretty).encodeResourceToString(bundle);
  }

  public static Bundle parse(String json) {
    return context().newJsonParser().parseResource(Bundle.class, json);
  }
}
