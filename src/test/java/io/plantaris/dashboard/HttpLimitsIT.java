package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue 14 on sizes and the audit trail, over real HTTP against the started service:
 * each is refused, counted in /metrics and written to the audit log.
 */
class HttpLimitsIT {
  @TempDir static Path dir;
  static DashboardFixture f;

  @BeforeAll
  static void start() throws Exception {
    f = new DashboardFixture(dir);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void aChunkedBodyPastOneMegabyteIsCutOffWith413() throws Exception {
    double before = Refusals.count(f.base, "body_too_large");
    RawHttp.Answer a =
        RawHttp.chunked(
            f.service.httpPort(), "/login", "Content-Type: application/json\r\n", 64L << 20);
    assertThat(a.statusLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
    assertThat(a.text()).contains("request body is larger than 1000000 bytes");
    // a declared length is refused the same way, before the body is read
    RawHttp.Answer declared =
        RawHttp.declared(
            f.service.httpPort(), "/login", "Content-Type: application/json\r\n", 1_100_000);
    assertThat(declared.statusLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
    assertThat(Refusals.count(f.base, "body_too_large")).isEqualTo(before + 2);
    assertThat(f.audit())
        .contains(
            "action=request patient=- what=POST_/login_from_127.0.0.1 "
                + "outcome=denied:_body_over_1000000_bytes");
    // the service still answers
    assertThat(new Browserless(f.base).login("ann", DashboardFixture.PASSWORD).statusCode())
        .isEqualTo(200);
  }

  @Test
  void missedAssetsAreNotCached() throws Exception {
    Browserless anon = new Browserless(f.base);
    assertThat(anon.get("/assets/live.js").statusCode()).isEqualTo(200);
    int cached = Web.cachedAssets();
    for (int i = 0; i < 2_000; i++) {
      assertThat(anon.get("/assets/miss-" + i + ".js").statusCode()).isEqualTo(404);
    }
    assertThat(Web.cachedAssets()).isEqualTo(cached);
  }

  @Test
  void aLongUserNameIsRefusedBeforeAnyHashOrLimiterEntry() throws Exception {
    double before = Refusals.count(f.base, "login_too_long");
    HttpResponse<String> r =
        new Browserless(f.base).login("n".repeat(100_000), "whatever password");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Browserless.error(r))
        .isEqualTo("user must be 1-96 characters and password at most 1024");
    assertThat(Refusals.count(f.base, "login_too_long")).isEqualTo(before + 1);
    assertThat(f.audit()).contains("outcome=failed:_400_name_or_password_too_long");
    assertThat(f.audit()).doesNotContain("n".repeat(400)); // the name is not written whole
  }

  @Test
  void aTextPlainLoginFormFromAnotherSiteIsRefused() throws Exception {
    double before = Refusals.count(f.base, "login_not_json");
    HttpResponse<String> r =
        new Browserless(f.base)
            .http.send(
                HttpRequest.newBuilder(URI.create(f.base + "/login"))
                    .header("Content-Type", "text/plain")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"user\":\"ann\",\"password\":\""
                                + DashboardFixture.PASSWORD
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(Browserless.error(r)).isEqualTo("log in with JSON: Content-Type: application/json");
    assertThat(Refusals.count(f.base, "login_not_json")).isEqualTo(before + 1);
    assertThat(f.audit())
        .contains("action=login patient=- what=127.0.0.1 outcome=denied:_not_JSON_(text/plain)");
  }

  @Test
  void everyAnswerCarriesTheBrowserDefencesAndApiAnswersAreNotStored() throws Exception {
    Browserless ann = new Browserless(f.base);
    HttpResponse<String> page = ann.get("/login");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'")
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty(); // plain HTTP
    ann.login("ann", DashboardFixture.PASSWORD);
    HttpResponse<String> api = ann.get("/api/patients/p1");
    assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(ann.get("/api/nothing-here").headers().firstValue("Cache-Control"))
        .hasValue("no-store");
  }

  @Test
  void theAuditRecords401sAdmin404sFailed400sAndCsrfDenialsWithPatientAndValues() throws Exception {
    double unauth = Refusals.count(f.base, "unauthenticated");
    double csrf = Refusals.count(f.base, "csrf");
    assertThat(new Browserless(f.base).get("/api/patients/p2/trends").statusCode()).isEqualTo(401);
    assertThat(Refusals.count(f.base, "unauthenticated")).isEqualTo(unauth + 1);
    assertThat(f.audit())
        .contains(
            "user=- role=- action=read patient=p2 what=/api/patients/p2/trends_from_127.0.0.1 "
                + "outcome=denied:_no_valid_session");

    Browserless root = new Browserless(f.base);
    root.login("root", DashboardFixture.PASSWORD);
    assertThat(root.get("/api/patients/p77").statusCode()).isEqualTo(404);
    assertThat(f.audit())
        .contains(
            "user=root role=admin action=read patient=p77 what=/api/patients/p77 "
                + "outcome=failed:_404_no_patient");

    Browserless ann = new Browserless(f.base);
    ann.login("ann", DashboardFixture.PASSWORD);
    String bad = "{\"kind\":\"before\",\"score\":11}";
    assertThat(ann.post("/api/patients/p1/pain", bad, ann.csrf).statusCode()).isEqualTo(400);
    String line =
        f.audit().lines().filter(l -> l.contains("\"score\":11")).findFirst().orElseThrow();
    assertThat(line)
        .contains("user=ann role=patient action=change patient=p1")
        .contains("what=/api/patients/p1/pain_{\"kind\":\"before\",\"score\":11}")
        .endsWith("outcome=failed:_400");

    String forged = "{\"kind\":\"during\",\"score\":9}";
    assertThat(ann.post("/api/patients/p1/pain", forged, "forged").statusCode()).isEqualTo(403);
    assertThat(Refusals.count(f.base, "csrf")).isEqualTo(csrf + 1);
    assertThat(f.audit())
        .contains(
            "user=ann role=patient action=change patient=p1 "
                + "what=/api/patients/p1/pain_{\"kind\":\"during\",\"score\":9} "
                + "outcome=denied:_wrong_csrf_token");
  }

  @Test
  void aPatientOpensAtMostFourLiveStreams() throws Exception {
    Browserless ann = new Browserless(f.base);
    ann.login("ann", DashboardFixture.PASSWORD);
    double before = Refusals.count(f.base, "stream_limit");
    List<InputStream> open = new ArrayList<>();
    try {
      for (int i = 0; i < Dashboard.MAX_STREAMS_PER_USER; i++) {
        HttpResponse<InputStream> r =
            ann.http.send(
                HttpRequest.newBuilder(URI.create(f.base + "/api/patients/p1/live")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        open.add(r.body());
      }
      CompletableFuture<HttpResponse<String>> fifth =
          ann.http.sendAsync(
              HttpRequest.newBuilder(URI.create(f.base + "/api/patients/p1/live")).build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> r = fifth.get(10, TimeUnit.SECONDS);
      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(Browserless.error(r))
          .isEqualTo("user ann has 4 live pages open already; close one");
      assertThat(Refusals.count(f.base, "stream_limit")).isEqualTo(before + 1);
      assertThat(f.audit()).contains("outcome=denied:_4_live_streams_already_open");
      // another patient is not affected
      Browserless bob = new Browserless(f.base);
      bob.login("bob", DashboardFixture.PASSWORD);
      HttpResponse<InputStream> other =
          bob.http.send(
              HttpRequest.newBuilder(URI.create(f.base + "/api/patients/p2/live")).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(other.statusCode()).isEqualTo(200);
      open.add(other.body());
    } finally {
      for (InputStream in : open) {
        in.close();
      }
    }
  }
}
