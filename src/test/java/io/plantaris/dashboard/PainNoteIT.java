package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 rows 4 and 7 through the running service and its embedded QuestDB: a pain note with a
 * line break or over 1000 characters is refused with 400 and kept nowhere; a note with every
 * character line protocol escapes is answered 201 and stored in the registry and the store alike.
 */
class PainNoteIT {
  @TempDir Path dir;

  @Test
  void aNoteWithALineBreakOrTooLongIs400AndKeptNowhere() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir, true)) {
      ProgrammeRegistry registry = TestRegistry.at(f.config.registryFile());
      Browserless ann = new Browserless(f.base);
      ann.login("ann", DashboardFixture.PASSWORD);
      HttpResponse<String> newline =
          ann.post(
              "/api/patients/p1/pain",
              "{\"kind\":\"during\",\"score\":3,\"note\":\"line one\\nline two\"}",
              ann.csrf);
      assertThat(newline.statusCode()).as(newline.body()).isEqualTo(400);
      assertThat(newline.body()).contains("control characters");
      HttpResponse<String> tooLong =
          ann.post(
              "/api/patients/p1/pain",
              "{\"kind\":\"during\",\"score\":3,\"note\":\"" + "x".repeat(1001) + "\"}",
              ann.csrf);
      assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
      assertThat(tooLong.body()).contains("at most 1000 characters");
      assertThat(registry.painReports("p1")).isEmpty();

      String tricky = "it \\\"hurts\\\", a bit = 3\\\\10 at the heel";
      HttpResponse<String> ok =
          ann.post(
              "/api/patients/p1/pain",
              "{\"kind\":\"during\",\"score\":4,\"note\":\"" + tricky + "\"}",
              ann.csrf);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
      String expected = "it \"hurts\", a bit = 3\\10 at the heel";
      assertThat(registry.painReports("p1"))
          .singleElement()
          .extracting(p -> p.note())
          .isEqualTo(expected);
      List<JsonNode> rows = StoreRows.awaitRows(f, "SELECT * FROM pl_pain WHERE patient = 'p1'", 1);
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).get("note").asText()).isEqualTo(expected);
      assertThat(f.service.store().health().store().deadLetters()).isZero();
    }
  }
}
