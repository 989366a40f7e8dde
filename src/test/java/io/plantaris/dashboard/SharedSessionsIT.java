package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.service.PlantarisService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions and login limits live in the database (issue 12): a browser stays logged in across a
 * restart of the service, and two services on one database (two replicas) agree on a login, a
 * logout and the failed logins of a guesser. The cookie is sent by hand, as a browser behind a load
 * balancer sends it to whichever replica it reaches.
 */
class SharedSessionsIT {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(SharedSessionsIT.class);
  @TempDir Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theSameCookieStillGetsInAfterTheServiceRestarts() throws Exception {
    DashboardFixture f = new DashboardFixture(dir);
    String cookie;
    try (f) {
      cookie = login(f.base, "ann");
      assertThat(get(f.base, "/api/me", cookie).statusCode()).isEqualTo(200);
    }
    try (PlantarisService again = f.startAnother()) {
      String base = "http://127.0.0.1:" + again.httpPort();
      HttpResponse<String> me = get(base, "/api/me", cookie);
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"user\":\"ann\"");
      assertThat(get(base, "/api/patients/p1/prescriptions", cookie).statusCode()).isEqualTo(200);
      assertThat(get(base, "/api/me", "forged-value").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void twoReplicasAgreeOnALoginAndALogout() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir);
        PlantarisService other = f.startAnother()) {
      String b = "http://127.0.0.1:" + other.httpPort();
      HttpResponse<String> login = loginResponse(f.base, "ann");
      String cookie = cookieOf(login);
      String csrf = Browserless.JSON.readTree(login.body()).get("csrf").asText();
      assertThat(get(b, "/api/me", cookie).statusCode()).isEqualTo(200);
      long[] micros = new long[400]; // each request looks its session up in the database
      for (int i = 0; i < micros.length; i++) {
        long t0 = System.nanoTime();
        assertThat(get(i % 2 == 0 ? f.base : b, "/api/me", cookie).statusCode()).isEqualTo(200);
        micros[i] = (System.nanoTime() - t0) / 1_000;
      }
      java.util.Arrays.sort(micros);
      LOG.info(
          "GET /api/me over two replicas on one H2 file, 400 requests: median {} us, p99 {} us",
          micros[200],
          micros[396]);
      assertThat(micros[200]).isLessThan(100_000); // well under the 100 ms for a login
      HttpResponse<String> logout =
          http.send(
              HttpRequest.newBuilder(URI.create(b + "/logout"))
                  .header("Cookie", cookie)
                  .header("X-CSRF-Token", csrf)
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(logout.statusCode()).isEqualTo(204);
      assertThat(get(f.base, "/api/me", cookie).statusCode()).isEqualTo(401);
      assertThat(get(b, "/api/me", cookie).statusCode()).isEqualTo(401);
      assertThat(f.audit()).contains("user=ann role=patient action=logout");
    }
  }

  @Test
  void aGuesserSpreadOverTwoReplicasIsStoppedAfterFiveFailures() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir);
        PlantarisService other = f.startAnother()) {
      String[] replicas = {f.base, "http://127.0.0.1:" + other.httpPort()};
      for (int i = 0; i < 5; i++) {
        assertThat(attempt(replicas[i % 2], "bob", "guess number " + i).statusCode())
            .isEqualTo(401);
      }
      // the sixth try, on either replica, waits; so does the right password for a minute
      assertThat(attempt(replicas[0], "bob", "guess number 5").statusCode()).isEqualTo(429);
      assertThat(attempt(replicas[1], "bob", DashboardFixture.PASSWORD).statusCode())
          .isEqualTo(429);
      assertThat(attempt(replicas[1], "ann", DashboardFixture.PASSWORD).statusCode())
          .isEqualTo(200);
    }
  }

  private String login(String base, String user) throws Exception {
    return cookieOf(loginResponse(base, user));
  }

  private HttpResponse<String> loginResponse(String base, String user) throws Exception {
    HttpResponse<String> r = attempt(base, user, DashboardFixture.PASSWORD);
    assertThat(r.statusCode()).isEqualTo(200);
    return r;
  }

  private HttpResponse<String> attempt(String base, String user, String password) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String cookieOf(HttpResponse<String> r) {
    String set =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(AuthRoutes.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    return set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
  }

  private HttpResponse<String> get(String base, String path, String cookie) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
