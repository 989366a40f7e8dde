package io.plantaris.fhir;

import io.plantaris.fhir.PatientRecords.PainRating;
import io.plantaris.programme.Decision;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.store.HistoryReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one patient's records from the registry and, when there is one, the time-series store's
 * history, and turns them into the FHIR export; the CLI and the dashboard route both call this.
 */
public final class FhirExporter {
  /** The whole history: the store's ranges are half-open on each point's time. */
  static final Instant FROM = Instant.EPOCH;

  static final Instant TO = Instant.parse("2200-01-01T00:00:00Z");

  private final ProgrammeRegistry registry;
  private final HistoryReader history;

  /**
   * @param history the store's history, or null to export the registry's records only
   */
  public FhirExporter(ProgrammeRegistry registry, HistoryReader history) {
    this.registry = registry;
    this.history = history;
  }

  /** The records of a patient; throws IllegalArgumentException for an unknown patient. */
  public PatientRecords read(String patientId) throws IOException {
    Patient p =
        registry
            .patient(patientId)
            .orElseThrow(
                () -> new IllegalArgumentException("no patient " + patientId + " in the registry"));
    List<Clinician> clinicians =
        registry.clinicians().stream().filter(c -> p.assignedTo(c.id())).toList();
    List<PainRating> pain = new ArrayList<>();
    registry.painReports(patientId).forEach(r -> pain.add(PainRating.of(r)));
    // the live service keeps decisions in the registry, the store keeps them too: merged later
    List<Decision> decisions = new ArrayList<>(registry.decisions(patientId));
    if (history == null) {
      return new PatientRecords(
          p,
          clinicians,
          registry.insoles(patientId),
          registry.prescriptions(patientId),
          List.of(),
          List.of(),
          List.of(),
          pain,
          decisions);
    }
    history.painReports(patientId, FROM, TO).forEach(r -> pain.add(PainRating.of(r)));
    decisions.addAll(history.decisions(patientId, FROM, TO));
    return new PatientRecords(
        p,
        clinicians,
        registry.insoles(patientId),
        registry.prescriptions(patientId),
        history.sessions(patientId, FROM, TO),
        history.sets(patientId, FROM, TO),
        history.reps(patientId, FROM, TO),
        pain,
        decisions);
  }

  /** The export as FHIR JSON. */
  public String exportJson(String patientId, Instant exportedAt, boolean pretty)
      throws IOException {
    return FhirJson.encode(FhirBundle.build(read(patientId), exportedAt), pretty);
  }
}
