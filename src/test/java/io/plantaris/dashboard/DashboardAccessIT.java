package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal of the dashboard, over real HTTP against the started service. */
class DashboardAccessIT {
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
  void withoutLoginApiIs401AndThePageRedirectsToLogin() throws Exception {
    Browserless anon = new Browserless(f.base);
    HttpResponse<String> api = anon.get("/api/patients/p1");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(Browserless.error(api)).contains("log in first");
    assertThat(anon.get("/api/patients/p1/live").statusCode()).isEqualTo(401);
    HttpResponse<String> page = anon.get("/live");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValue("/login?next=/live");
    assertThat(anon.get("/login").body()).contains("<form id=\"login\"");
  }

  @Test
  void aPatientSeesOwnDataAndIsRefusedAnotherPatientsWithAMessage() throws Exception {
    Browserless bob = new Browserless(f.base);
    assertThat(bob.login("bob", DashboardFixture.PASSWORD).statusCode()).isEqualTo(200);
    assertThat(bob.get("/api/patients/p2").statusCode()).isEqualTo(200);
    HttpResponse<String> other = bob.get("/api/patients/p1");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(Browserless.error(other))
        .isEqualTo("user bob may only see their own data, not patient p1");
    assertThat(bob.get("/api/patients/p1/live").statusCode()).isEqualTo(403);
    assertThat(bob.get("/api/patients/p1/today").statusCode()).isEqualTo(403);
    assertThat(f.audit())
        .contains(
            "user=bob role=patient action=read patient=p1 what=/api/patients/p1 "
                + "outcome=denied:")
        .contains(
            "user=bob role=patient action=read patient=p2 what=/api/patients/p2 "
                + "outcome=allowed");
  }

  @Test
  void aClinicianSeesAssignedPatientsOnly() throws Exception {
    Browserless cara = new Browserless(f.base);
    cara.login("cara", DashboardFixture.PASSWORD);
    HttpResponse<String> own = cara.get("/api/patients/p1");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("\"name\":\"Patient One\"").contains(f.deviceId);
    HttpResponse<String> other = cara.get("/api/patients/p2");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(Browserless.error(other)).contains("clinician c1 is not assigned to patient p2");
    assertThat(cara.get("/api/patients").body()).contains("p1").doesNotContain("p2");
  }

  @Test
  void anAdminSeesEveryPatientAndUnknownOnesAre404() throws Exception {
    Browserless root = new Browserless(f.base);
    root.login("root", DashboardFixture.PASSWORD);
    assertThat(root.get("/api/patients/p1").statusCode()).isEqualTo(200);
    assertThat(root.get("/api/patients/p2").statusCode()).isEqualTo(200);
    HttpResponse<String> none = root.get("/api/patients/p9");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(Browserless.error(none)).isEqualTo("no patient p9 in the registry");
  }

  @Test
  void stateChangesNeedTheSessionsCsrfToken() throws Exception {
    Browserless ann = new Browserless(f.base);
    ann.login("ann", DashboardFixture.PASSWORD);
    String body = "{\"kind\":\"before\",\"score\":3}";
    HttpResponse<String> missing = ann.post("/api/patients/p1/pain", body, null);
    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(Browserless.error(missing)).startsWith("missing CSRF token");
    HttpResponse<String> forged = ann.post("/api/patients/p1/pain", body, "forged-token");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(Browserless.error(forged)).startsWith("wrong CSRF token");
    // another session's token is just as wrong
    Browserless bob = new Browserless(f.base);
    bob.login("bob", DashboardFixture.PASSWORD);
    assertThat(ann.post("/api/patients/p1/pain", body, bob.csrf).statusCode()).isEqualTo(403);
    HttpResponse<String> ok = ann.post("/api/patients/p1/pain", body, ann.csrf);
    assertThat(ok.statusCode()).isEqualTo(201);
    assertThat(f.audit()).contains("user=ann role=patient action=change patient=p1");
    assertThat(ann.post("/logout", "", null).statusCode()).isEqualTo(403);
    assertThat(ann.post("/logout", "", ann.csrf).statusCode()).isEqualTo(204);
    assertThat(ann.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void malformedInputIs400WithWhatIsWrong() throws Exception {
    Browserless ann = new Browserless(f.base);
    HttpResponse<String> notJson = ann.post("/login", "user=ann", null);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(Browserless.error(notJson)).startsWith("login body is not valid JSON");
    HttpResponse<String> noPassword = ann.post("/login", "{\"user\":\"ann\"}", null);
    assertThat(noPassword.statusCode()).isEqualTo(400);
    assertThat(Browserless.error(noPassword)).contains("{\"user\": \"ann\", \"password\"");
    ann.login("ann", DashboardFixture.PASSWORD);
    HttpResponse<String> score =
        ann.post("/api/patients/p1/pain", "{\"kind\":\"before\",\"score\":11}", ann.csrf);
    assertThat(score.statusCode()).isEqualTo(400);
    assertThat(Browserless.error(score)).isEqualTo("pain score must be 0-10, was 11");
    HttpResponse<String> kind =
        ann.post("/api/patients/p1/pain", "{\"kind\":\"yesterday\",\"score\":2}", ann.csrf);
    assertThat(kind.statusCode()).isEqualTo(400);
    assertThat(Browserless.error(kind)).isEqualTo("kind must be before, during or next-morning");
    HttpResponse<String> badId = ann.get("/api/patients/p1%20x");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(Browserless.error(badId)).startsWith("patient id must be 1-96 letters");
  }

  @Test
  void fiveFailedLoginsInAMinuteAreFollowedBy429() throws Exception {
    Browserless guess = new Browserless(f.base);
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> r = guess.login("root", "wrong password " + i);
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(Browserless.error(r)).isEqualTo("wrong user or password");
    }
    HttpResponse<String> limited = guess.login("root", DashboardFixture.PASSWORD);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(Browserless.error(limited)).startsWith("too many failed logins for root");
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    // another user from the same address is not locked out
    assertThat(new Browserless(f.base).login("cara", DashboardFixture.PASSWORD).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
    HttpResponse<String> r = new Browserless(f.base).login("ann", DashboardFixture.PASSWORD);
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .contains("plantaris_session=")
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .doesNotContain("Secure");
  }
}
