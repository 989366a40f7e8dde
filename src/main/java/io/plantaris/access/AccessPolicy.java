package io.plantaris.access;

import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import java.util.Optional;

/**
 * Who may see and change a patient's data: the patient themself, a clinician assigned to them in
 * the registry, and admins. Answers with the reason of a refusal, in words a user can act on.
 */
public final class AccessPolicy {
  private final ProgrammeRegistry registry;

  public AccessPolicy(ProgrammeRegistry registry) {
    this.registry = registry;
  }

  /** Empty when {@code user} may access {@code patientId}, else why not. */
  public Optional<String> refusal(User user, String patientId) {
    return user.role() == Role.CLINICIAN
        ? refusal(user, patientId, registry.patient(patientId))
        : refusal(user, patientId, Optional.empty());
  }

  /** As above for a patient already read (a list of them): no second read per patient. */
  public Optional<String> refusal(User user, Patient patient) {
    return refusal(user, patient.id(), Optional.of(patient));
  }

  private static Optional<String> refusal(User user, String patientId, Optional<Patient> p) {
    return switch (user.role()) {
      case ADMIN -> Optional.empty();
      case PATIENT ->
          user.subjectId().equals(patientId)
              ? Optional.empty()
              : Optional.of(
                  "user " + user.id() + " may only see their own data, not patient " + patientId);
      case CLINICIAN -> {
        yield p.isPresent() && p.get().assignedTo(user.subjectId())
            ? Optional.empty()
            : Optional.of(
                "clinician "
                    + user.subjectId()
                    + " is not assigned to patient "
                    + patientId
                    + "; ask an admin to assign you");
      }
    };
  }
}
