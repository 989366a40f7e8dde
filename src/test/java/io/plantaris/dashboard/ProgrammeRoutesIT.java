package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Track;
import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.protocol.WireTrackReader;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progression engine in the running service: a replayed set of patient p1 (the faults sample
 * and 25 s of standing after it, so that the set ends as it would live), "I'm done", the decision
 * in the registry and in the embedded QuestDB, the clinician's review over HTTP with its refusals,
 * and a next-morning pain report that prompts a second decision.
 */
class ProgrammeRoutesIT {
  private static final Logger log = LoggerFactory.getLogger(ProgrammeRoutesIT.class);

  @TempDir Path dir;

  @Test
  void aLiveSessionIsDecidedStoredAndReviewed() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir, true)) {
      ProgrammeRegistry registry = TestRegistry.at(f.config.registryFile());
      registry.addPrescription(
          PrescriptionVersion.rathleff("p1", Instant.now().minus(Duration.ofDays(1)), "c1"));
      Browserless ann = new Browserless(f.base);
      ann.login("ann", DashboardFixture.PASSWORD);
      Browserless cara = new Browserless(f.base);
      cara.login("cara", DashboardFixture.PASSWORD);
      assertThat(ann.post("/api/patients/p1/session/end", "", ann.csrf).statusCode())
          .as("nothing streamed yet")
          .isEqualTo(409);

      Track set = WireTrackReader.read(Files.readAllBytes(f.FAULTS)).track();
      Track withRest = StandingTail.extend(set, 25_000);
      ReplaySource insole = ReplaySource.ofRecording(new Recording(List.of(withRest)), 10);
      f.service.ingest().addSource(insole);
      insole.awaitDone();
      HttpResponse<String> end = endWhenTheSetHasEnded(ann);
      assertThat(end.statusCode()).as(end.body()).isEqualTo(200);
      JsonNode decision = Browserless.JSON.readTree(end.body());
      String id = decision.get("id").asText();
      log.info("decision after the replayed set: {}", end.body());

      SessionOutcome session = registry.sessions("p1").get(0);
      assertThat(session.sets()).hasSize(1);
      assertThat(decision.get("status").asText()).isEqualTo("PROPOSED");
      assertThat(decision.get("review").isNull()).isTrue();
      assertThat(decision.get("sessionId").asText()).isEqualTo(session.sessionId());
      assertThat(decision.get("reasons").get(0).asText())
          .contains(session.sets().get(0).validReps() + " valid reps of 12");
      assertThat(registry.decisions("p1")).extracting(Decision::id).containsExactly(id);
      List<JsonNode> rows =
          StoreRows.awaitRows(f, "SELECT * FROM pl_decision WHERE patient = 'p1'", 1);
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).get("decision_id").asText()).isEqualTo(id);
      assertThat(rows.get(0).get("status").asText()).isEqualTo("PROPOSED");
      assertThat(rows.get(0).get("rule_id").asText()).isEqualTo(decision.get("ruleId").asText());
      // the insole is registered to p1, so its reps are stored under p1, where the pages look
      int reps = session.sets().get(0).reps();
      assertThat(StoreRows.awaitRows(f, "SELECT * FROM pl_rep WHERE patient = 'p1'", reps))
          .hasSize(reps);
      assertThat(rows.get(0).get("reasons").asText())
          .contains(decision.get("reasons").get(0).asText().replace("\"", "\\\""));

      HttpResponse<String> list = cara.get("/api/patients/p1/decisions");
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(Browserless.JSON.readTree(list.body())).hasSize(1);
      // "I'm done" answers the decision plus what the session held; the list holds the decision
      assertThat(decision.get("session").get("sets").asInt()).isEqualTo(session.sets().size());
      assertThat(decision.get("session").get("reps").asInt()).isEqualTo(reps);
      assertThat(decision.get("session").get("validReps").asInt())
          .isEqualTo(session.sets().get(0).validReps());
      com.fasterxml.jackson.databind.node.ObjectNode listed = decision.deepCopy();
      listed.remove("session");
      assertThat(Browserless.JSON.readTree(list.body()).get(0)).isEqualTo(listed);
      JsonNode waiting = overviewRow(cara, "p1");
      assertThat(waiting.get("decisionsWaiting").asInt()).as("the proposal waits").isEqualTo(1);
      assertThat(waiting.get("attention").toString()).contains("a decision waits for your review");

      String accept = "/api/patients/p1/decisions/" + id + "/accept";
      HttpResponse<String> byPatient = ann.post(accept, "{\"note\":\"me\"}", ann.csrf);
      assertThat(byPatient.statusCode()).isEqualTo(403);
      assertThat(Browserless.error(byPatient))
          .isEqualTo("only a clinician or an admin may review decisions; ann is a patient");
      HttpResponse<String> forged = cara.post(accept, "{\"note\":\"ok\"}", "forged");
      assertThat(forged.statusCode()).isEqualTo(403);
      assertThat(Browserless.error(forged)).startsWith("wrong CSRF token");

      int prescriptions = registry.prescriptions("p1").versions().size();
      HttpResponse<String> bad =
          cara.post(
              "/api/patients/p1/decisions/" + id + "/override",
              "{\"action\":\"INCREASE_LOAD\",\"loadChangeKg\":-2,\"note\":\"why\"}",
              cara.csrf);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(Browserless.error(bad))
          .isEqualTo("load change -2.0 kg does not fit action INCREASE_LOAD");
      HttpResponse<String> noNote =
          cara.post(
              "/api/patients/p1/decisions/" + id + "/override",
              "{\"action\":\"KEEP\",\"loadChangeKg\":0}",
              cara.csrf);
      assertThat(Browserless.error(noNote)).isEqualTo("an override needs a note saying why");
      assertThat(registry.decisions("p1")).hasSize(1);
      assertThat(registry.prescriptions("p1").versions()).hasSize(prescriptions);

      HttpResponse<String> ok = cara.post(accept, "{\"note\":\"agreed\"}", cara.csrf);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      JsonNode accepted = Browserless.JSON.readTree(ok.body());
      assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
      assertThat(accepted.get("review").get("clinician").asText()).isEqualTo("c1");
      assertThat(accepted.get("review").get("note").asText()).isEqualTo("agreed");
      assertThat(accepted.get("effective")).isEqualTo(decision.get("proposed"));
      assertThat(registry.decisions("p1").get(1).status()).isEqualTo(DecisionStatus.ACCEPTED);
      PrescriptionVersion next = registry.prescriptions("p1").latest().orElseThrow();
      assertThat(next.version()).as("the accepted step applies").isEqualTo(prescriptions + 1);
      JsonNode reviewed = overviewRow(cara, "p1");
      assertThat(reviewed.get("decisionsWaiting").asInt())
          .as("the next overview after the review")
          .isZero();
      assertThat(reviewed.get("attention").toString()).doesNotContain("a decision waits");
      assertThat(reviewed.get("prescription").asText()).isEqualTo(next.label());
      assertThat(next.singleLeg())
          .isEqualTo(!"BACK_TO_TWO_LEGGED".equals(decision.get("ruleId").asText()));
      HttpResponse<String> again = cara.post(accept, "{}", cara.csrf);
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(Browserless.error(again)).isEqualTo("decision " + id + " was already accepted");
      assertThat(cara.post("/api/patients/p1/decisions/d-x/accept", "{}", cara.csrf).statusCode())
          .isEqualTo(404);
      assertThat(f.audit())
          .contains("user=cara role=clinician action=change patient=p1 what=accept_" + id)
          .contains("outcome=allowed:_ACCEPTED")
          .contains("user=ann role=patient action=change patient=p1 what=accept_" + id);
      assertThat(
              StoreRows.awaitRows(
                  f, "SELECT * FROM pl_decision WHERE patient = 'p1' AND status = 'ACCEPTED'", 1))
          .hasSize(1);

      HttpResponse<String> pain =
          ann.post("/api/patients/p1/pain", "{\"kind\":\"next-morning\",\"score\":8}", ann.csrf);
      assertThat(pain.statusCode()).as(pain.body()).isEqualTo(201);
      JsonNode morning = Browserless.JSON.readTree(pain.body()).get("decision");
      log.info("decision after next-morning pain 8/10: {}", morning);
      assertThat(morning.get("trigger").asText()).isEqualTo("AFTER_NEXT_MORNING");
      assertThat(morning.get("ruleId").asText()).isEqualTo("REST_PAIN_NEXT_MORNING");
      assertThat(morning.get("proposed").get("action").asText()).isEqualTo("REST");
      assertThat(morning.get("reasons").get(0).asText()).contains("8/10");
      assertThat(registry.painReports("p1")).hasSize(1);
      assertThat(
              StoreRows.awaitRows(f, "SELECT * FROM pl_pain WHERE patient = 'p1' AND score = 8", 1))
          .hasSize(1);
      assertThat(
              StoreRows.awaitRows(
                  f,
                  "SELECT * FROM pl_decision WHERE patient = 'p1'"
                      + " AND rule_id = 'REST_PAIN_NEXT_MORNING'",
                  1))
          .hasSize(1);
      HttpResponse<String> newest = cara.get("/api/patients/p1/decisions");
      assertThat(Browserless.JSON.readTree(newest.body()).get(0).get("id").asText())
          .isEqualTo(morning.get("id").asText());
      String mid = morning.get("id").asText();
      HttpResponse<String> overridden =
          cara.post(
              "/api/patients/p1/decisions/" + mid + "/override",
              "{\"action\":\"KEEP\",\"loadChangeKg\":0,\"note\":\"pain settled by noon\"}",
              cara.csrf);
      assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(200);
      JsonNode o = Browserless.JSON.readTree(overridden.body());
      assertThat(o.get("status").asText()).isEqualTo("OVERRIDDEN");
      assertThat(o.get("review").get("replacement").get("action").asText()).isEqualTo("KEEP");
      assertThat(o.get("effective").get("action").asText()).isEqualTo("KEEP");
      assertThat(o.get("proposed").get("action").asText()).isEqualTo("REST");
      List<JsonNode> stored =
          StoreRows.awaitRows(
              f, "SELECT * FROM pl_decision WHERE patient = 'p1' AND status = 'OVERRIDDEN'", 1);
      assertThat(stored).hasSize(1);
      assertThat(stored.get(0).get("decision_id").asText()).isEqualTo(mid);
      assertThat(stored.get(0).get("replacement_action").asText()).isEqualTo("KEEP");
      assertThat(stored.get(0).get("note").asText()).isEqualTo("pain settled by noon");
      HttpResponse<String> none = ann.post("/api/patients/p1/session/end", "", ann.csrf);
      assertThat(none.statusCode()).isEqualTo(409);
      assertThat(Browserless.error(none)).isEqualTo("no session is open for patient p1");
    }
  }

  /** The set ends a few seconds (device time) after its last rep; ask until it has. */
  private static HttpResponse<String> endWhenTheSetHasEnded(Browserless ann) throws Exception {
    HttpResponse<String> r = null;
    for (int i = 0; i < 100; i++) {
      r = ann.post("/api/patients/p1/session/end", "", ann.csrf);
      if (r.statusCode() != 409) {
        return r;
      }
      Thread.sleep(200);
    }
    return r;
  }

  /** The overview's row of {@code patient}, as the clinician's page reads it. */
  private static JsonNode overviewRow(Browserless b, String patient) throws Exception {
    HttpResponse<String> r = b.get("/api/clinician/overview");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    for (JsonNode row : Browserless.JSON.readTree(r.body())) {
      if (row.get("id").asText().equals(patient)) {
        return row;
      }
    }
    throw new AssertionError(patient + " is not in the overview: " + r.body());
  }
}
