package io.plantaris.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;

/**
 * HAPI's instance validator against the base R4 profiles, with Plantaris's CodeSystem loaded so
 * that its codes are checked too; no terminology server (LOINC and SNOMED CT are not checked).
 */
public final class FhirValidation {
  private static FhirValidator validator;

  private FhirValidation() {}

  /** The validator's findings for a bundle. */
  public static synchronized Findings validate(Bundle bundle) {
    if (validator == null) {
      FhirContext ctx = FhirJson.context();
      PrePopulatedValidationSupport local = new PrePopulatedValidationSupport(ctx);
      local.addCodeSystem(HeelRaiseCodeSystem.resource());
      ValidationSupportChain chain =
          new ValidationSupportChain(
              local,
              new DefaultProfileValidationSupport(ctx),
              new InMemoryTerminologyServerValidationSupport(ctx),
              new CommonCodeSystemsTerminologyService(ctx));
      validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }
    ValidationResult r = validator.validateWithResult(bundle);
    return new Findings(r.getMessages());
  }

  /** The validator's messages, sorted by how bad they are. */
  public record Findings(List<SingleValidationMessage> messages) {
    public List<String> errors() {
      return messages.stream()
          .filter(
              m ->
                  m.getSeverity() == ResultSeverityEnum.ERROR
                      || m.getSeverity() == ResultSeverityEnum.FATAL)
          .map(FhirValidation::line)
          .toList();
    }

    public List<String> warnings() {
      return messages.stream()
          .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
          .map(FhirValidation::line)
          .toList();
    }

    public long information() {
      return messages.stream()
          .filter(m -> m.getSeverity() == ResultSeverityEnum.INFORMATION)
          .count();
    }
  }

  private static String line(SingleValidationMessage m) {
    return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
  }
}
