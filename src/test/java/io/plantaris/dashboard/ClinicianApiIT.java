package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clinician's read API over HTTP with the embedded store: who sees what, what the trends and
 * reports say, and a message for every malformed request.
 */
class ClinicianApiIT {
  @TempDir Path dir;

  @Test
  void readsHistoryForAssignedPatientsAndSaysWhatIsWrongWithABadRequest() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir, true)) {
      ClinicianHistory h = new ClinicianHistory(Instant.now());
      StoreWait.write(f, h);
      Browserless nobody = new Browserless(f.base);
      assertThat(nobody.get("/api/clinician/overview").statusCode()).isEqualTo(401);

      Browserless cara = new Browserless(f.base);
      assertThat(cara.login("cara", DashboardFixture.PASSWORD).statusCode()).isEqualTo(200);
      HttpResponse<String> t = cara.get("/api/patients/p1/trends");
      assertThat(t.statusCode()).isEqualTo(200);
      JsonNode trends = Browserless.JSON.readTree(t.body());
      assertThat(trends.get("weeks")).hasSize(12);
      int valid = 0;
      for (JsonNode v : trends.get("validReps")) {
        valid += v.asInt();
      }
      int written = h.validByWeek.get("p1").values().stream().mapToInt(Integer::intValue).sum();
      assertThat(valid).as("valid reps over 12 weeks").isEqualTo(written);
      JsonNode load = trends.get("addedLoadKg");
      assertThat(load.get(load.size() - 1).asDouble()).as("added load this week").isEqualTo(6.0);
      assertThat(
              Browserless.JSON
                  .readTree(cara.get("/api/patients/p1/trends?weeks=2").body())
                  .get("weeks"))
          .hasSize(2);

      for (String bad : new String[] {"0", "105", "abc", "2.5"}) {
        HttpResponse<String> r = cara.get("/api/patients/p1/trends?weeks=" + bad);
        assertThat(r.statusCode()).as("weeks=" + bad).isEqualTo(400);
        assertThat(Browserless.error(r))
            .isEqualTo("weeks must be a whole number from 1 to 104, was '" + bad + "'");
      }
      HttpResponse<String> badId = cara.get("/api/patients/p1/sessions/yesterday");
      assertThat(badId.statusCode()).isEqualTo(400);
      assertThat(Browserless.error(badId)).contains("digits only").contains("'yesterday'");
      HttpResponse<String> none = cara.get("/api/patients/p1/sessions/123");
      assertThat(none.statusCode()).isEqualTo(404);
      assertThat(Browserless.error(none)).isEqualTo("patient p1 has no session 123");

      JsonNode list = Browserless.JSON.readTree(cara.get("/api/patients/p1/sessions").body());
      assertThat(list).hasSize(ClinicianHistory.p1Days().size());
      long newest = h.sessions.get("p1").get(h.sessions.get("p1").size() - 1);
      assertThat(list.get(0).get("id").asText()).isEqualTo(Long.toString(newest));
      JsonNode report =
          Browserless.JSON.readTree(cara.get("/api/patients/p1/sessions/" + newest).body());
      assertThat(report.get("repRows")).hasSize(ClinicianHistory.SETS * ClinicianHistory.REPS);
      assertThat(report.get("sets")).hasSize(ClinicianHistory.SETS);
      assertThat(report.get("prescription").get("upMillis").asLong()).isEqualTo(3000);
      assertThat(report.get("decision").get("id").asText()).isEqualTo("d-p1-last");
      assertThat(report.get("flagCounts").get("too fast on the way up").asInt()).isEqualTo(5);

      for (String path :
          new String[] {
            "/api/patients/p2/trends", "/api/patients/p2/sessions", "/api/patients/p2"
          }) {
        HttpResponse<String> r = cara.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(403);
        assertThat(Browserless.error(r))
            .isEqualTo("clinician c1 is not assigned to patient p2; ask an admin to assign you");
      }
      assertThat(f.audit()).contains("/api/patients/p2/trends").contains("denied");
      cara.get("/api/clinician/overview");
      assertThat(f.audit().lines().filter(l -> l.contains("/api/clinician/overview")))
          .as("the overview logs each patient whose history it read")
          .anySatisfy(l -> assertThat(l).contains("p1").contains("allowed"))
          .noneSatisfy(l -> assertThat(l).contains("p2"));

      Browserless ann = new Browserless(f.base);
      ann.login("ann", DashboardFixture.PASSWORD);
      HttpResponse<String> patientOverview = ann.get("/api/clinician/overview");
      assertThat(patientOverview.statusCode()).isEqualTo(403);
      assertThat(Browserless.error(patientOverview)).contains("for clinicians and admins");

      Browserless root = new Browserless(f.base);
      root.login("root", DashboardFixture.PASSWORD);
      JsonNode all = Browserless.JSON.readTree(root.get("/api/clinician/overview").body());
      assertThat(all).hasSize(2);
      JsonNode p2 = all.get(1);
      assertThat(p2.get("id").asText()).isEqualTo("p2");
      assertThat(p2.get("sessionsDone").asInt()).as("p2 every second day").isEqualTo(14);
      assertThat(p2.get("attention")).as("a steady patient needs no attention").isEmpty();
      assertThat(all.get(0).get("decisionsWaiting").asInt()).isEqualTo(1);
    }
  }

  @Test
  void withoutAStoreTheHistoryAnswers503AndSaysWhy() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir)) {
      Browserless cara = new Browserless(f.base);
      cara.login("cara", DashboardFixture.PASSWORD);
      for (String path :
          new String[] {
            "/api/patients/p1/trends", "/api/patients/p1/sessions", "/api/clinician/overview"
          }) {
        HttpResponse<String> r = cara.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(503);
        assertThat(Browserless.error(r))
            .isEqualTo(
                "no history: storing is off in this service's configuration (store: section)");
      }
    }
  }
}
