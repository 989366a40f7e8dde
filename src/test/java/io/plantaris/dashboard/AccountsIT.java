package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantaris.access.Totp;
import io.plantaris.cli.PlantarisCli;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.jdbc.TestRegistry;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Account changes made with the command line while the service runs: a removed user or a changed
 * password ends the sessions at once, a second factor is asked for once enrolled, and the service
 * refuses to start on a broken users file (of an earlier version, still to import) or without a
 * registry.
 */
class AccountsIT {
  @TempDir Path dir;
  DashboardFixture f;

  @BeforeEach
  void start() throws Exception {
    f = new DashboardFixture(dir);
  }

  DashboardConfig stopped;

  @AfterEach
  void stop() {
    if (stopped == null) {
      f.close();
    }
  }

  /** Stops the fixture's service, for a test that starts its own on the same files. */
  DashboardConfig stopFixture() {
    f.close();
    stopped = f.config;
    return stopped;
  }

  record Run(int exit, String out, String err) {}

  Run cli(String stdin, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream((stdin + "\n").getBytes(StandardCharsets.UTF_8)));
    try {
      CommandLine c = PlantarisCli.newCommandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      c.setOut(new PrintWriter(out));
      c.setErr(new PrintWriter(err));
      String[] all = new String[args.length + 2];
      System.arraycopy(args, 0, all, 0, args.length);
      all[args.length] = "--registry";
      all[args.length + 1] = f.config.registryFile().toString();
      return new Run(c.execute(all), out.toString(), err.toString());
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void removingAUserEndsTheirSessionsAndLiveStreamAtOnce() throws Exception {
    Browserless ann = new Browserless(f.base);
    ann.login("ann", DashboardFixture.PASSWORD);
    HttpResponse<InputStream> live =
        ann.http.send(
            HttpRequest.newBuilder(URI.create(f.base + "/api/patients/p1/live")).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(live.statusCode()).isEqualTo(200);
    CompletableFuture<byte[]> rest = CompletableFuture.supplyAsync(() -> readAll(live.body()));

    Run r = cli("", "programme", "user", "remove", "--id", "ann");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("user ann removed");
    assertThat(rest.get(10, TimeUnit.SECONDS)).isNotNull(); // the stream ended by itself
    HttpResponse<String> me = ann.get("/api/me");
    assertThat(me.statusCode()).isEqualTo(401);
    assertThat(f.audit()).contains("user=ann role=patient action=logout patient=- ");
    assertThat(f.audit()).contains("outcome=ended:_user_removed");
    assertThat(new Browserless(f.base).login("ann", DashboardFixture.PASSWORD).statusCode())
        .isEqualTo(401);
    assertThat(cli("", "programme", "user", "remove", "--id", "ann").err())
        .startsWith("error: no user 'ann'");
  }

  @Test
  void aNewPasswordMustPassThePolicyAndEndsTheOldSessions() throws Exception {
    Browserless bob = new Browserless(f.base);
    bob.login("bob", DashboardFixture.PASSWORD);
    Run weak = cli("12345678", "programme", "user", "passwd", "--id", "bob", "--password-stdin");
    assertThat(weak.exit()).isEqualTo(1);
    assertThat(weak.err()).isEqualTo("error: password must have at least 12 characters\n");
    Run common =
        cli("Password2026!", "programme", "user", "passwd", "--id", "bob", "--password-stdin");
    assertThat(common.err()).contains("common or breached");
    assertThat(bob.get("/api/me").statusCode()).isEqualTo(200); // refused changes change nothing

    Run ok =
        cli(
            "otter lamp tangerine 57",
            "programme",
            "user",
            "passwd",
            "--id",
            "bob",
            "--password-stdin");
    assertThat(ok.exit()).isZero();
    assertThat(bob.get("/api/me").statusCode()).isEqualTo(401);
    assertThat(f.audit()).contains("outcome=ended:_password_or_role_changed");
    assertThat(new Browserless(f.base).login("bob", DashboardFixture.PASSWORD).statusCode())
        .isEqualTo(401);
    assertThat(new Browserless(f.base).login("bob", "otter lamp tangerine 57").statusCode())
        .isEqualTo(200);
    Run add =
        cli(
            "password",
            "programme",
            "user",
            "add",
            "--id",
            "dee",
            "--role",
            "admin",
            "--password-stdin");
    assertThat(add.err()).isEqualTo("error: password must have at least 12 characters\n");
  }

  @Test
  void anEnrolledClinicianLogsInWithTheCodeOfTheirAppAndACodeWorksOnce() throws Exception {
    Browserless before = new Browserless(f.base);
    before.login("cara", DashboardFixture.PASSWORD);
    Run r = cli("", "programme", "user", "mfa", "--id", "cara");
    assertThat(r.exit()).isZero();
    String secret = r.out().lines().filter(l -> l.startsWith("secret: ")).findFirst().orElseThrow();
    secret = secret.substring("secret: ".length());
    assertThat(r.out()).contains("uri: otpauth://totp/Plantaris:cara?secret=" + secret);
    assertThat(before.get("/api/me").statusCode()).isEqualTo(401);

    Browserless cara = new Browserless(f.base);
    HttpResponse<String> noCode = cara.login("cara", DashboardFixture.PASSWORD);
    assertThat(noCode.statusCode()).isEqualTo(401);
    JsonNode n = Browserless.JSON.readTree(noCode.body());
    assertThat(n.path("mfa").asBoolean()).isTrue();
    assertThat(n.path("error").asText())
        .isEqualTo("enter the 6-digit code of your authenticator app");
    double failed = Refusals.count(f.base, "login_failed");
    assertThat(cara.post("/login", login("cara", "000000"), null).statusCode()).isEqualTo(401);
    assertThat(Refusals.count(f.base, "login_failed")).isEqualTo(failed + 1);
    assertThat(f.audit())
        .contains(
            "user=cara role=- action=login patient=- what=127.0.0.1 "
                + "outcome=denied:_wrong_code");
    String code = Totp.code(secret, System.currentTimeMillis() / 1000 / Totp.STEP_SECONDS);
    HttpResponse<String> in = cara.post("/login", login("cara", code), null);
    assertThat(in.statusCode()).isEqualTo(200);
    // the same code again (seen over a shoulder) is refused
    assertThat(new Browserless(f.base).post("/login", login("cara", code), null).statusCode())
        .isEqualTo(401);
  }

  private static String login(String user, String code) {
    return "{\"user\":\""
        + user
        + "\",\"password\":\""
        + DashboardFixture.PASSWORD
        + "\",\"code\":\""
        + code
        + "\"}";
  }

  @Test
  void aClinicianWithoutASecondFactorIsRefusedWhenTheConfigurationRequiresOne() throws Exception {
    DashboardConfig strict =
        new DashboardConfig(stopFixture().registryFile(), null, null, false, true);
    try (PlantarisService s = PlantarisService.start(config(strict), List.of())) {
      Browserless cara = new Browserless("http://127.0.0.1:" + s.httpPort());
      HttpResponse<String> r = cara.login("cara", DashboardFixture.PASSWORD);
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(Browserless.error(r))
          .isEqualTo(
              "a clinician needs a second factor: ask an admin to run"
                  + " 'plantaris programme user mfa --id cara'");
      // a patient's login needs none
      assertThat(cara.login("ann", DashboardFixture.PASSWORD).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theServiceRefusesToStartOnACorruptUsersFileOrAnEmptyDatabase() throws Exception {
    stopFixture();
    // a users file of an earlier version not yet moved into a database without users
    DashboardConfig fresh =
        new DashboardConfig(dir.resolve("fresh/registry.json"), null, null, false);
    TestRegistry.at(fresh.registryFile()).addClinician(new Clinician("c1", "Dr One"));
    Files.writeString(fresh.usersFile(), "{\"formatVersion\":1,\"users\":[{\"id\":");
    assertThatThrownBy(() -> PlantarisService.start(config(fresh), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("users file " + fresh.usersFile() + " is unreadable or not valid")
        .hasMessageNotContaining("\n");
    assertThat(fresh.usersFile()).exists(); // left for a fix, not renamed as imported
    DashboardConfig none =
        new DashboardConfig(dir.resolve("elsewhere/registry.json"), null, null, false);
    assertThatThrownBy(() -> PlantarisService.start(config(none), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "no clinician in the database "
                + none.database().url()
                + ": add one with 'plantaris programme clinician add', import a JSON registry with"
                + " 'plantaris programme import-json FILE' or fix database.url");
  }

  private static ServiceConfig config(DashboardConfig d) {
    return new ServiceConfig(
        null, null, List.of(), null, IngestConfig.defaults(), "127.0.0.1", 0, null, d);
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (Exception e) {
      return new byte[0];
    }
  }
}
