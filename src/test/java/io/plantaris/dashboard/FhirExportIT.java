package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.RepSide;
import io.plantaris.analysis.RmSignal;
import io.plantaris.analysis.SetSummary;
import io.plantaris.fhir.FhirJson;
import io.plantaris.fhir.FhirValidation;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SetFinished;
import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.Trigger;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import io.plantaris.store.HistoryReader;
import io.plantaris.store.SpoolConfig;
import io.plantaris.store.StoreConfig;
import io.plantaris.store.TimeSeriesStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FHIR route over real HTTP, on a history written through the embedded QuestDB store: the
 * assigned clinician gets a valid bundle, another patient is refused, no store is a 503.
 */
class FhirExportIT {
  private static final Logger log = LoggerFactory.getLogger(FhirExportIT.class);
  static final Instant DAY1 = Instant.parse("2025-03-03T09:00:00Z");
  static final long REP_MICROS = 8_000_000L;

  @TempDir Path dir;

  @Test
  void theAssignedClinicianGetsAValidBundleAndAnotherPatientIsRefused() throws Exception {
    StoreConfig store =
        StoreConfig.embedded(dir.resolve("questdb"), 0, SpoolConfig.of(dir.resolve("spool")));
    try (DashboardFixture f = new DashboardFixture(dir, store)) {
      ProgrammeRegistry registry = TestRegistry.at(dir.resolve("registry.json"));
      registry.addPrescription(PrescriptionVersion.rathleff("p1", DAY1.minusSeconds(3600), "c1"));
      TimeSeriesStore ts = f.service.store();
      long start = DAY1.getEpochSecond() * 1_000_000L;
      for (int set = 1; set <= 2; set++) {
        writeSet(ts, f.deviceId, set, start + (set - 1) * 200_000_000L);
      }
      ts.recordPain(new PainReport("p1", PainKind.DURING, 3, DAY1.plusSeconds(600), ""));
      // the proposal and its review in the store, the review in the registry too: one note
      Decision proposed =
          new Decision(
              "d-s1-s",
              "p1",
              "s1",
              Trigger.AFTER_SESSION,
              DAY1.plusSeconds(700),
              1,
              "rule-x",
              "2 sets",
              new Change(Action.INCREASE_LOAD, 2.5),
              List.of("12RM done with reserve"),
              DecisionStatus.PROPOSED,
              null);
      Decision accepted = proposed.accept("c1", DAY1.plusSeconds(900), "fine");
      ts.recordDecision(proposed);
      ts.recordDecision(accepted);
      registry.addDecision(proposed);
      registry.addDecision(accepted);
      assertThat(ts.awaitDrained(60_000)).isTrue();
      awaitSets(ts, 2);
      awaitDecisions(ts, 2);

      Browserless cara = new Browserless(f.base);
      cara.login("cara", DashboardFixture.PASSWORD);
      long t0 = System.nanoTime();
      HttpResponse<String> ok = cara.get("/api/patients/p1/fhir");
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/fhir+json");
      Bundle b = FhirJson.parse(ok.body());
      List<Observation> obs =
          b.getEntry().stream()
              .map(Bundle.BundleEntryComponent::getResource)
              .filter(Observation.class::isInstance)
              .map(Observation.class::cast)
              .toList();
      assertThat(obs)
          .extracting(o -> o.getCode().getCodingFirstRep().getCode())
          .containsExactly("heel-raise-session", "heel-raise-set", "heel-raise-set", "72514-3");
      assertThat(obs.get(0).getHasMember()).hasSize(2);
      assertThat(obs.get(1).getDevice().getDisplay()).isEqualTo(f.deviceId);
      assertThat(obs.get(3).getValueQuantity().getValue().intValue()).isEqualTo(3);
      List<CarePlan> plans =
          b.getEntry().stream()
              .map(Bundle.BundleEntryComponent::getResource)
              .filter(CarePlan.class::isInstance)
              .map(CarePlan.class::cast)
              .toList();
      assertThat(plans).hasSize(1);
      assertThat(plans.get(0).getNote())
          .extracting(Annotation::getText)
          .containsExactly(
              "Accepted by Dr One: add 2.5 kg (fine). Reasons: 12RM done with reserve");
      FhirValidation.Findings v = FhirValidation.validate(b);
      log.info(
          "GET /api/patients/p1/fhir: {} resources, {} bytes in {} ms; validator {} errors, {}"
              + " warnings",
          b.getEntry().size(),
          ok.body().length(),
          millis,
          v.errors().size(),
          v.warnings().size());
      assertThat(v.errors()).isEmpty();

      Browserless bob = new Browserless(f.base);
      bob.login("bob", DashboardFixture.PASSWORD);
      HttpResponse<String> refused = bob.get("/api/patients/p1/fhir");
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(Browserless.error(refused))
          .isEqualTo("user bob may only see their own data, not patient p1");
      assertThat(f.audit())
          .contains("user=cara role=clinician action=read patient=p1 what=/api/patients/p1/fhir")
          .contains("user=bob role=patient action=read patient=p1 what=/api/patients/p1/fhir");
    }
  }

  @Test
  void withoutAStoreTheRouteSays503() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir)) {
      Browserless cara = new Browserless(f.base);
      cara.login("cara", DashboardFixture.PASSWORD);
      HttpResponse<String> r = cara.get("/api/patients/p1/fhir");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(Browserless.error(r)).contains("needs the time-series store");
    }
  }

  /** Twelve 3-2-3 reps, the fourth with the heel loaded at the top, then the set. */
  private static void writeSet(TimeSeriesStore ts, String device, int set, long startMicros) {
    int valid = 0;
    for (int r = 1; r <= 12; r++) {
      long up = startMicros + (r - 1) * REP_MICROS;
      Set<RepFlag> flags =
          r == 4 ? EnumSet.of(RepFlag.HEEL_LOADED_AT_TOP) : EnumSet.noneOf(RepFlag.class);
      valid += flags.isEmpty() ? 1 : 0;
      RepEvent e =
          new RepEvent(
              set,
              r,
              RepSide.LEFT,
              up,
              up + 3_000_000,
              up + 5_000_000,
              up + REP_MICROS - 1000,
              40,
              Double.NaN,
              0.8,
              0.95,
              flags);
      ts.onRep(new RepVerdict("p1", List.of(device), e, 1000));
    }
    long end = startMicros + 12 * REP_MICROS - 1000;
    SetSummary s =
        new SetSummary(
            set,
            startMicros,
            end,
            12,
            valid,
            12 * 7999L,
            0.9,
            120.5,
            List.of(),
            List.of(),
            2.5,
            -0.01,
            RmSignal.DEGRADED);
    ts.onSet(new SetFinished("p1", List.of(device), s));
  }

  private static void awaitDecisions(TimeSeriesStore ts, int n) throws Exception {
    HistoryReader r = ts.reader();
    long deadline = System.currentTimeMillis() + 30_000;
    while (r.decisions("p1", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).size() < n
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(r.decisions("p1", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
        .extracting(Decision::status)
        .containsExactly(DecisionStatus.PROPOSED, DecisionStatus.ACCEPTED);
  }

  /** QuestDB applies WAL writes shortly after confirming them. */
  private static void awaitSets(TimeSeriesStore ts, int n) throws Exception {
    HistoryReader r = ts.reader();
    long deadline = System.currentTimeMillis() + 30_000;
    while (r.sets("p1", Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).size() < n
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
  }
}
