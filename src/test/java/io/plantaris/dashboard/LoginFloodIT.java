package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Login floods from one address against a fresh service each: spraying one password over many
 * names, a failed-login storm on the audit log, and 200 logins at once.
 */
class LoginFloodIT {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoginFloodIT.class);
  @TempDir Path dir;
  DashboardFixture f;

  @BeforeEach
  void start() throws Exception {
    f = new DashboardFixture(dir);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void sprayingOnePasswordOverFortyNamesIsStoppedAfterTwenty() throws Exception {
    Browserless spray = new Browserless(f.base);
    int refused = 0;
    for (int i = 0; i < 40; i++) {
      HttpResponse<String> r = spray.login("user" + i, "Summer-2026-Clinic");
      if (i < 20) {
        assertThat(r.statusCode()).isEqualTo(401);
      } else {
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(Browserless.error(r)).startsWith("too many failed logins from this address");
        refused++;
      }
    }
    // the right password of a real user is refused too until the window passes
    assertThat(spray.login("ann", DashboardFixture.PASSWORD).statusCode()).isEqualTo(429);
    assertThat(Refusals.count(f.base, "login_failed")).isEqualTo(20);
    assertThat(Refusals.count(f.base, "login_rate_limited")).isEqualTo(refused + 1);
    assertThat(f.audit())
        .contains(
            "user=user20 role=- action=login patient=- what=127.0.0.1 "
                + "outcome=denied:_rate_limited_address");
  }

  @Test
  void aFailedLoginStormLeavesAFewLinesAndACountInTheAuditLog() throws Exception {
    Browserless storm = new Browserless(f.base);
    long t0 = System.nanoTime();
    for (int i = 0; i < 1_000; i++) {
      storm.login("root", "guess " + i);
    }
    long seconds = (System.nanoTime() - t0) / 1_000_000_000L + 1;
    Thread.sleep(1_100);
    storm.login("root", "one more guess");
    List<String> lines = f.audit().lines().toList();
    long bytes = f.audit().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    // ten entries a second per kind of refusal (failed, rate limited) and one count per second
    assertThat(lines.size()).isLessThanOrEqualTo((int) (22 * seconds + 2));
    assertThat(bytes).isLessThan(200 * 22 * seconds);
    assertThat(lines)
        .anyMatch(
            l ->
                l.contains("action=login patient=- what=collapsed")
                    && l.contains("more_lines_like_this")
                    && l.contains("denied:_rate_limited"));
    double collapsed = Refusals.value(f.base, "plantaris_audit_collapsed_total");
    assertThat(collapsed).isGreaterThan(900);
    LOG.info(
        "audit after 1,000 failed logins: {} entries ({} bytes as lines), {} collapsed",
        lines.size(),
        bytes,
        collapsed);
  }

  @Test
  void twoHundredLoginsAtOnceLeaveHealthAndOtherUsersAnswered() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String body = "{\"user\":\"bob\",\"password\":\"" + DashboardFixture.PASSWORD + "\"}";
    List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      flood.add(
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(f.base + "/login"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    Thread.sleep(300); // the flood is queued on the hashing slots
    long t0 = System.nanoTime();
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(f.base + "/health"))
                    .timeout(Duration.ofSeconds(3))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    long healthMillis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(health.statusCode()).isEqualTo(200);
    long t1 = System.nanoTime();
    HttpResponse<String> ann =
        new Browserless(f.base)
            .http.send(
                HttpRequest.newBuilder(URI.create(f.base + "/login"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(5))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"user\":\"ann\",\"password\":\""
                                + DashboardFixture.PASSWORD
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    long annMillis = (System.nanoTime() - t1) / 1_000_000;
    // ann is answered, not left hanging: logged in, or told to retry in a second
    assertThat(ann.statusCode()).isIn(200, 503);
    int ok = 0;
    int busy = 0;
    for (CompletableFuture<HttpResponse<String>> r : flood) {
      int s = r.get().statusCode();
      assertThat(s).isIn(200, 503);
      ok += s == 200 ? 1 : 0;
      busy += s == 503 ? 1 : 0;
    }
    assertThat(busy).isPositive();
    assertThat(Refusals.count(f.base, "login_busy"))
        .isEqualTo(busy + (ann.statusCode() == 503 ? 1 : 0));
    // bob holds at most ten sessions however often he logged in
    assertThat(Refusals.value(f.base, "plantaris_http_sessions")).isLessThanOrEqualTo(11);
    assertThat(new Browserless(f.base).login("ann", DashboardFixture.PASSWORD).statusCode())
        .isEqualTo(200);
    LOG.info(
        "200 parallel logins: {} in, {} told to retry; /health {} ms, another user's login {} ms"
            + " ({})",
        ok,
        busy,
        healthMillis,
        annMillis,
        ann.statusCode());
  }
}
