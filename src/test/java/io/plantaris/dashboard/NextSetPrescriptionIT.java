package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.Tempo;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clinician changes the tempo over HTTP while the patient rests between two sets: the set after
 * the change is judged against the new version, with no restart; "I'm done" right after the last
 * rep closes the last set and decides on both.
 */
class NextSetPrescriptionIT {
  private static final Logger log = LoggerFactory.getLogger(NextSetPrescriptionIT.class);
  private static final Set<RepFlag> TEMPO =
      EnumSet.of(RepFlag.TOO_FAST_UP, RepFlag.HOLD_TOO_SHORT, RepFlag.TOO_FAST_DOWN);

  @TempDir Path dir;

  @Test
  void theSetAfterAnAcceptedChangeIsJudgedAgainstIt() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir)) {
      ProgrammeRegistry registry = TestRegistry.at(f.config.registryFile());
      registry.addPrescription(
          PrescriptionVersion.rathleff("p1", Instant.now().minus(Duration.ofDays(1)), "c1"));
      // She moves at 2-1-2 s, two sets of 6: too fast for 3-2-3, right for 2-1-2.
      SimulationResult sim =
          VirtualInsole.simulate(
              Scenario.CLEAN_SET
                  .builder(11)
                  .sets(2)
                  .targetReps(6)
                  .restMillis(40_000)
                  .actualTempo(Tempo.parse("2-1-2"))
                  .build());
      assertThat(sim.recording().tracks().get(0).layout().deviceId()).isEqualTo(f.deviceId);

      List<RepVerdict> reps = new CopyOnWriteArrayList<>();
      List<SetFinished> sets = new CopyOnWriteArrayList<>();
      f.service
          .ingest()
          .addListener(
              new SessionListener() {
                @Override
                public void onRep(RepVerdict v) {
                  reps.add(v);
                }

                @Override
                public void onSet(SetFinished s) {
                  sets.add(s);
                }
              });
      Browserless cara = new Browserless(f.base);
      cara.login("cara", DashboardFixture.PASSWORD);
      Browserless ann = new Browserless(f.base);
      ann.login("ann", DashboardFixture.PASSWORD);

      ReplaySource insole = ReplaySource.ofRecording(sim.recording(), 8);
      f.service.ingest().addSource(insole);
      await(() -> !sets.isEmpty(), 60);
      HttpResponse<String> edit =
          cara.post("/api/patients/p1/prescriptions", "{\"tempo\":\"2-1-2\"}", cara.csrf);
      assertThat(edit.statusCode()).as(edit.body()).isEqualTo(201);
      insole.awaitDone();
      await(
          () -> reps.stream().anyMatch(r -> r.rep().setIndex() == 2 && r.rep().repIndex() == 6),
          30);

      HttpResponse<String> done = ann.post("/api/patients/p1/session/end", "", ann.csrf);
      assertThat(done.statusCode())
          .as("I'm done right after the last rep: " + done.body())
          .isEqualTo(200);
      JsonNode decision = Browserless.JSON.readTree(done.body());
      log.info("decision: {}", done.body());

      assertThat(reps).allSatisfy(r -> assertThat(r.personId()).isEqualTo("p1"));
      List<RepVerdict> first = reps.stream().filter(r -> r.rep().setIndex() == 1).toList();
      List<RepVerdict> second = reps.stream().filter(r -> r.rep().setIndex() == 2).toList();
      log.info("set 1 flags: {}", first.stream().map(r -> r.rep().flags()).toList());
      log.info("set 2 flags: {}", second.stream().map(r -> r.rep().flags()).toList());
      assertThat(first).hasSize(6);
      assertThat(second).hasSize(6);
      assertThat(first)
          .as("3-2-3 in force: every 2-1-2 rep is too fast")
          .allSatisfy(r -> assertThat(r.rep().flags()).containsAnyElementsOf(TEMPO));
      assertThat(second.stream().filter(r -> r.rep().valid()).count())
          .as("2-1-2 in force from set 2")
          .isGreaterThanOrEqualTo(5);
      assertThat(sets).extracting(s -> s.summary().setIndex()).containsExactly(1, 2);
      assertThat(sets.get(1).summary().tempoAdherence()).isGreaterThan(0.8);
      assertThat(decision.get("sessionId").asText()).startsWith("p1-");
      assertThat(registry.sessions("p1")).hasSize(1);
      assertThat(registry.sessions("p1").get(0).sets()).hasSize(2);
    }
  }

  static void await(java.util.function.BooleanSupplier condition, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + seconds + " s");
      }
      Thread.sleep(50);
    }
  }
}
