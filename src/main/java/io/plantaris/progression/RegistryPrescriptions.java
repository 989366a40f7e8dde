package io.plantaris.progression;

import io.plantaris.analysis.Prescription;
import io.plantaris.ingest.PrescriptionSource;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.registry.ProgrammeRegistry;
import java.time.Clock;

/**
 * The live analysis's prescriptions from the registry: a registered patient's version in force now
 * (read afresh as each set starts, so an accepted change applies from the next set), the configured
 * prescription for anyone else; and the sets of the patient's open session, so a restarted service
 * numbers the next set on.
 */
public final class RegistryPrescriptions implements PrescriptionSource {
  private final ProgrammeRegistry registry;
  private final Prescription fallback;
  private final Clock clock;
  private final LiveProgramme programme;

  /**
   * @param programme the live sessions, or null when none are kept
   */
  public RegistryPrescriptions(
      ProgrammeRegistry registry, Prescription fallback, Clock clock, LiveProgramme programme) {
    this.registry = registry;
    this.fallback = fallback;
    this.clock = clock;
    this.programme = programme;
  }

  @Override
  public Prescription inForce(String personId) {
    return registry
        .patientOf(personId)
        .flatMap(p -> registry.prescriptions(p).at(clock.instant()))
        .map(PrescriptionVersion::toAnalysis)
        .orElse(fallback);
  }

  @Override
  public int setsDone(String personId) {
    return programme == null ? 0 : registry.patientOf(personId).map(programme::setsDone).orElse(0);
  }
}
