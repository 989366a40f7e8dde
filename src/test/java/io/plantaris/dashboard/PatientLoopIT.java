package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.access.JsonUserStore;
import io.plantaris.access.PasswordHasher;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.insole.SensorLayout;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import io.plantaris.service.MqttInsoleBridge;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import io.plantaris.sim.WireRecordingWriter;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The patient's loop end to end, on a phone: she logs in at 390x844, does three sets streamed by
 * the virtual insole over the embedded MQTT broker, switches the insole off, the page shows the
 * set's summary, she taps pain 3 and "I'm done"; the decision is in the registry and the store; the
 * next day she answers the morning question, her clinician accepts the decision it prompts, and the
 * set after that is judged against the new version.
 */
class PatientLoopIT {
  private static final Logger log = LoggerFactory.getLogger(PatientLoopIT.class);
  private static final String PASSWORD = "correct horse battery";

  @TempDir Path dir;

  @Test
  void setsPainDoneDecisionAcceptedNextSetUnderTheNewVersion() throws Exception {
    SimulationResult sim =
        VirtualInsole.simulate(
            Scenario.CLEAN_SET.builder(21).sets(3).targetReps(12).restMillis(25_000).build());
    SensorLayout layout = sim.recording().tracks().get(0).layout();
    Path registryFile = dir.resolve("registry.json");
    ProgrammeRegistry registry = TestRegistry.at(registryFile);
    registry.addClinician(new Clinician("c1", "Dr One"));
    registry.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    registry.addPrescription(
        PrescriptionVersion.rathleff("p1", Instant.now().minus(Duration.ofDays(1)), "c1"));
    JsonUserStore users = new JsonUserStore(JsonUserStore.besideRegistry(registryFile));
    String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
    users.add(new User("ann", Role.PATIENT, "p1", hash));
    users.add(new User("cara", Role.CLINICIAN, "c1", hash));
    // clinicians need a second factor under the service's default configuration
    String caraTotp = io.plantaris.access.Totp.newSecret();
    users.update("cara", u -> u.withTotpSecret(caraTotp));
    int brokerPort = freePort();
    Path yaml = dir.resolve("loop.yaml");
    Files.writeString(
        yaml,
        String.join(
            "\n",
            "http: {host: 127.0.0.1, port: 0}",
            "broker: {embedded: true, bind: 127.0.0.1, port: " + brokerPort + ",",
            "  persistence: in-memory, dataDir: '" + dir.resolve("broker") + "'}",
            "mqtt: {host: 127.0.0.1, port: " + brokerPort + "}",
            "store: {type: embedded, dataDir: '" + dir.resolve("questdb") + "', port: 0,",
            "  spoolDir: '" + dir.resolve("spool") + "'}",
            "dashboard: {enabled: true, registry: '" + registryFile + "'}",
            ""));
    MqttPublisherConfig mqtt = MqttPublisherConfig.of(MqttEndpoint.plain("127.0.0.1", brokerPort));
    try (PlantarisService service = PlantarisService.start(ServiceConfig.load(yaml), List.of());
        HeadlessChromium chrome = new HeadlessChromium(dir.resolve("chrome"), 390, 844)) {
      // registered while the service runs: picked up when it first streams
      registry.addInsole(new Insole(layout.deviceId(), "p1", layout.side()));
      String base = "http://127.0.0.1:" + service.httpPort();
      ChromeDriver b = chrome.driver;
      WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
      b.get(base + "/live");
      b.findElement(By.id("user")).sendKeys("ann");
      b.findElement(By.id("password")).sendKeys(PASSWORD);
      b.findElement(By.id("submit")).click();
      wait.until(x -> x.findElement(By.id("status")).getText().equals("live"));
      assertThat(text(b, "insole-state")).isEqualTo("No insole connected: switch it on");
      assertThat(text(b, "set-of")).isEqualTo("Set 1 of 3");
      chrome.shot("loop-phone-no-insole.png");

      byte[] wire = WireRecordingWriter.bytes(sim.recording().tracks().get(0), 77);
      MqttInsoleBridge insole = new MqttInsoleBridge(mqtt);
      ReplaySource replay = ReplaySource.ofWire(List.of(wire), 8);
      replay.start(insole);
      wait.until(x -> !x.findElements(By.cssSelector("canvas")).isEmpty());
      wait.withTimeout(Duration.ofSeconds(120)).until(x -> Integer.parseInt(text(x, "total")) >= 3);
      chrome.shot("loop-phone-mid-set.png");
      assertThat(text(b, "set-of")).isEqualTo("Set 1 of 3");
      assertThat(text(b, "to-go")).matches("\\d+ to go");
      wait.withTimeout(Duration.ofSeconds(120))
          .until(x -> text(x, "summary").startsWith("Set 1 done"));
      wait.until(x -> text(x, "guide-text").startsWith("Rest "));
      chrome.shot("loop-phone-rest.png");
      replay.awaitDone();
      wait.withTimeout(Duration.ofSeconds(60))
          .until(x -> text(x, "set-of").equals("Set 3 of 3") && text(x, "total").equals("12"));

      long off = System.nanoTime();
      insole.close(); // switched off: its last will says offline
      wait.until(x -> text(x, "summary").startsWith("Set 3 done"));
      long shownMillis = (System.nanoTime() - off) / 1_000_000;
      log.info("page showed 'Set 3 done' {} ms after the insole went offline", shownMillis);
      wait.until(x -> text(x, "insole-state").startsWith("Insole offline"));
      chrome.shot("loop-phone-set-done.png");
      assertThat(shownMillis).as("set N done within 2 s of offline").isLessThan(2000);

      b.findElement(By.cssSelector("#pain-during button[data-score='3']")).click();
      wait.until(x -> text(x, "pain-during-saved").equals("Saved: 3/10"));
      b.findElement(By.id("done")).click();
      wait.until(x -> text(x, "done-result").startsWith("Session saved"));
      chrome.shot("loop-phone-done.png");
      String decisionId = b.findElement(By.id("done-result")).getAttribute("data-decision");
      List<Decision> decisions = registry.decisions("p1");
      assertThat(decisions).extracting(Decision::id).containsExactly(decisionId);
      assertThat(registry.sessions("p1").get(0).sets()).hasSize(3);
      var savedSets = registry.sessions("p1").get(0).sets();
      int validSaved =
          savedSets.stream().mapToInt(io.plantaris.programme.SetOutcome::validReps).sum();
      int repsSaved = savedSets.stream().mapToInt(io.plantaris.programme.SetOutcome::reps).sum();
      assertThat(repsSaved).as("three sets of 12 reps").isEqualTo(36);
      assertThat(text(b, "set-of"))
          .as("after I'm done the counter shows the session saved, not an empty next one")
          .isEqualTo("Session saved");
      assertThat(text(b, "valid-words"))
          .isEqualTo("Sets done: 3 · reps counted: " + validSaved + " of " + repsSaved);
      assertThat(registry.painReports("p1")).hasSize(1);
      log.info("decision: {} {}", decisions.get(0).proposed().words(), decisions.get(0).reasons());
      assertThat(awaitRows(service, "SELECT * FROM pl_decision WHERE patient = 'p1'", 1))
          .hasSize(1);

      // the next day: the page asks about this morning's first steps (the server decides from
      // the session's end, so the session is moved back a day)
      var sessions = registry.sessions("p1");
      var last = sessions.get(sessions.size() - 1);
      registry.addSession(
          new io.plantaris.programme.SessionOutcome(
              last.sessionId(),
              last.patientId(),
              last.at().minus(Duration.ofDays(1)),
              last.sets()));
      b.navigate().refresh();
      wait.until(x -> !x.findElements(By.id("pain-next-morning")).isEmpty());
      assertThat(text(b, "pain")).contains("Pain this morning, at your first steps?");
      b.findElement(By.cssSelector("#pain-next-morning button[data-score='1']")).click();
      wait.until(x -> x.findElements(By.id("pain-next-morning")).isEmpty());
      List<Decision> all = registry.decisions("p1");
      Decision morning = all.get(all.size() - 1);
      log.info("after next-morning pain 1: {} {}", morning.proposed().words(), morning.reasons());
      assertThat(morning.id()).isNotEqualTo(decisionId);

      Browserless cara = new Browserless(base);
      String code =
          io.plantaris.access.Totp.code(
              caraTotp, System.currentTimeMillis() / 1000 / io.plantaris.access.Totp.STEP_SECONDS);
      HttpResponse<String> in =
          cara.post(
              "/login",
              "{\"user\":\"cara\",\"password\":\"" + PASSWORD + "\",\"code\":\"" + code + "\"}",
              null);
      assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
      cara.csrf = Browserless.JSON.readTree(in.body()).get("csrf").asText();
      HttpResponse<String> accept =
          cara.post(
              "/api/patients/p1/decisions/" + decisionId + "/accept",
              "{\"note\":\"ok\"}",
              cara.csrf);
      assertThat(accept.statusCode()).as(accept.body()).isEqualTo(200);
      // she had reserve and the pain settled: her clinician adds 2 kg rather than keep
      HttpResponse<String> more =
          cara.post(
              "/api/patients/p1/decisions/" + morning.id() + "/override",
              "{\"action\":\"INCREASE_LOAD\",\"loadChangeKg\":2,\"note\":\"ready\"}",
              cara.csrf);
      assertThat(more.statusCode()).as(more.body()).isEqualTo(200);
      PrescriptionVersion inForce = registry.prescriptions("p1").latest().orElseThrow();
      assertThat(inForce.version()).isEqualTo(2);
      assertThat(inForce.addedLoadKg()).isEqualTo(2.0);
      log.info("in force after the review: v{} {}", inForce.version(), inForce.label());

      // the next set, after the review, is judged against the version in force now
      MqttInsoleBridge again = new MqttInsoleBridge(mqtt);
      SimulationResult third =
          VirtualInsole.simulate(Scenario.CLEAN_SET.builder(22).targetReps(4).build());
      byte[] wire3 = WireRecordingWriter.bytes(third.recording().tracks().get(0), 78);
      ReplaySource set3 = ReplaySource.ofWire(List.of(wire3), 8);
      set3.start(again);
      set3.awaitDone();
      again.close();
      wait.withTimeout(Duration.ofSeconds(60))
          .until(x -> text(x, "summary").startsWith("Set 1 done: "));
      var rx = inForce.toAnalysis();
      assertThat(text(b, "today"))
          .as("the page shows the version the set was judged against")
          .isEqualTo(
              "Today: "
                  + rx.targetReps()
                  + " reps, "
                  + (rx.addedLoadKg() > 0
                      ? "+" + js(rx.addedLoadKg()) + " kg added load"
                      : "body weight only")
                  + ", "
                  + rx.tempo().text()
                  + " s"
                  + (rx.singleLeg() ? ", one leg" : ", both legs"));
      assertThat(
              new io.plantaris.progression.RegistryPrescriptions(
                      registry, null, java.time.Clock.systemUTC(), null)
                  .inForce("p1"))
          .isEqualTo(inForce.toAnalysis());
      chrome.shot("loop-phone-next-set.png");
    }
  }

  /** A number as JavaScript's String() writes it. */
  private static String js(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** The element's text; "" while the page redraws it (the waits ask again). */
  private static String text(org.openqa.selenium.WebDriver b, String id) {
    try {
      return b.findElement(By.id(id)).getText();
    } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
      return "";
    }
  }

  private static List<com.fasterxml.jackson.databind.JsonNode> awaitRows(
      PlantarisService s, String sql, int n) throws Exception {
    List<com.fasterxml.jackson.databind.JsonNode> rows = List.of();
    for (int i = 0; i < 300 && rows.size() < n; i++) {
      rows = StoreRows.query(s.store().sqlUrl(), s.store().sqlCredentials(), sql);
      if (rows.size() < n) {
        Thread.sleep(100);
      }
    }
    return rows;
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
