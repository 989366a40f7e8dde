package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinician edits a patient's prescription over HTTP: a new version, the old one kept, today's
 * target follows; a patient, a forged request or a bad value changes nothing.
 */
class PrescriptionRoutesIT {
  @TempDir Path dir;

  @Test
  void anEditIsANewVersionAndEveryRefusalSaysWhyAndWritesNothing() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir)) {
      ProgrammeRegistry registry = TestRegistry.at(f.config.registryFile());
      registry.addPrescription(
          PrescriptionVersion.rathleff("p1", Instant.now().minus(Duration.ofDays(1)), "c1"));
      Browserless ann = new Browserless(f.base);
      ann.login("ann", DashboardFixture.PASSWORD);
      Browserless cara = new Browserless(f.base);
      cara.login("cara", DashboardFixture.PASSWORD);
      String path = "/api/patients/p1/prescriptions";

      HttpResponse<String> byPatient = ann.post(path, "{\"addedLoadKg\": 20}", ann.csrf);
      HttpResponse<String> forged = cara.post(path, "{\"addedLoadKg\": 20}", "forged");
      HttpResponse<String> badLegs = cara.post(path, "{\"legs\": 3}", cara.csrf);
      HttpResponse<String> unknown = cara.post(path, "{\"loadKg\": 4}", cara.csrf);
      HttpResponse<String> notJson = cara.post(path, "4 kg", cara.csrf);
      HttpResponse<String> negative = cara.post(path, "{\"addedLoadKg\": -2}", cara.csrf);
      assertThat(byPatient.statusCode()).isEqualTo(403);
      assertThat(Browserless.error(byPatient)).contains("only a clinician or an admin");
      assertThat(forged.statusCode()).isEqualTo(403);
      assertThat(badLegs.statusCode()).isEqualTo(400);
      assertThat(Browserless.error(badLegs)).isEqualTo("legs must be 1 or 2, was 3");
      assertThat(unknown.statusCode()).isEqualTo(400);
      assertThat(Browserless.error(unknown)).startsWith("unknown field 'loadKg'");
      assertThat(notJson.statusCode()).isEqualTo(400);
      assertThat(negative.statusCode()).isEqualTo(400);
      assertThat(registry.prescriptions("p1").versions()).as("nothing written").hasSize(1);

      HttpResponse<String> edit =
          cara.post(
              path, "{\"addedLoadKg\": 4, \"tempo\": \"4-2-4\", \"note\": \"easy\"}", cara.csrf);
      assertThat(edit.statusCode()).as(edit.body()).isEqualTo(201);
      JsonNode v2 = Browserless.JSON.readTree(edit.body());
      assertThat(v2.get("version").asInt()).isEqualTo(2);
      assertThat(v2.get("addedLoadKg").asDouble()).isEqualTo(4.0);
      assertThat(v2.get("tempo").get("upMillis").asInt()).isEqualTo(4000);
      assertThat(v2.get("editedBy").asText()).isEqualTo("c1");

      JsonNode versions = Browserless.JSON.readTree(ann.get(path).body());
      assertThat(versions).hasSize(2);
      assertThat(versions.get(0).get("addedLoadKg").asDouble()).isZero();
      assertThat(versions.get(0).get("targetReps").asInt()).isEqualTo(12);
      assertThat(ann.get("/api/patients/p1/today").body()).contains("4");
      assertThat(f.audit()).contains("what=prescription outcome=allowed:_v2");
    }
  }
}
