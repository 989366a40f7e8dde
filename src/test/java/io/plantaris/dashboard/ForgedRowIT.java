package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.store.StoreCredentials;
import io.plantaris.store.TimeSeriesStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 row 2, the harm: one forged row made p1's trends 503, the FHIR export 500 and the
 * clinician's overview 503. Through the running service and its embedded QuestDB, rows with missing
 * columns and unknown names are skipped and counted, and every page still answers 200.
 */
class ForgedRowIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void forgedRowsAreSkippedAndThePagesStillAnswer() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir, true)) {
      Browserless cara = new Browserless(f.base);
      cara.login("cara", DashboardFixture.PASSWORD);
      TimeSeriesStore store = f.service.store();
      for (int i = 0; i < 300 && store.sqlUrl() == null; i++) {
        Thread.sleep(100);
      }
      long t = (Instant.now().toEpochMilli() - 3600_000L) * 1000;
      String forged =
          "pl_rep,patient=p1,device=x,side=SIDEWAYS,exercise=heel_raise valid=true "
              + t
              + "\npl_set,patient=p1,device=x,exercise=heel_raise rm_signal=\"BOGUS\" "
              + t
              + "\npl_session,patient=p1,exercise=heel_raise tut_ms=5i "
              + t
              + "\npl_pain,patient=p1,kind=SOMETIMES score=4i "
              + t
              + "\n";
      assertThat(write(store.sqlUrl(), store.sqlCredentials(), forged)).isEqualTo(204);
      assertThat(StoreRows.awaitRows(f, "SELECT * FROM pl_pain WHERE patient = 'p1'", 1))
          .hasSize(1);
      assertThat(StoreRows.awaitRows(f, "SELECT * FROM pl_session WHERE patient = 'p1'", 1))
          .hasSize(1);

      for (String page :
          new String[] {
            "/api/patients/p1/trends",
            "/api/patients/p1/sessions",
            "/api/patients/p1/fhir",
            "/api/clinician/overview"
          }) {
        HttpResponse<String> r = cara.get(page);
        assertThat(r.statusCode()).as(page + ": " + r.body()).isEqualTo(200);
      }
      assertThat(store.health().store().badRowsSkipped()).isGreaterThanOrEqualTo(3);
      assertThat(cara.get("/metrics").body()).contains("plantaris_store_bad_rows_total");
    }
  }

  private static int write(String base, StoreCredentials c, String body) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(base + "/api/v2/write?precision=us"))
            .header("Authorization", c.authorization())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
