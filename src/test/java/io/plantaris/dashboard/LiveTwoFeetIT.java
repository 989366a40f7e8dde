package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.access.JsonUserStore;
import io.plantaris.access.PasswordHasher;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.protocol.WireTrackReader;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live page on a real 390x844 phone viewport (headless Chromium's window is never narrower than
 * 500 px, so the phone is emulated over CDP): with two insoles streaming both feet are on the
 * screen side by side, left on the left, neither cut off.
 */
class LiveTwoFeetIT {
  private static final Logger log = LoggerFactory.getLogger(LiveTwoFeetIT.class);
  static final String PASSWORD = "correct horse battery";
  static final List<Path> TWO =
      List.of(Path.of("samples/two-insoles.left.plw"), Path.of("samples/two-insoles.right.plw"));

  @TempDir Path dir;
  DashboardConfig config;
  PlantarisService service;
  HeadlessChromium chrome;

  @BeforeEach
  void start() throws Exception {
    Path registryFile = dir.resolve("registry.json");
    ProgrammeRegistry r = TestRegistry.at(registryFile);
    r.addClinician(new Clinician("c1", "Dr One"));
    r.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    for (Path p : TWO) {
      var layout = WireTrackReader.read(Files.readAllBytes(p)).track().layout();
      r.addInsole(new Insole(layout.deviceId(), "p1", layout.side()));
    }
    JsonUserStore users = new JsonUserStore(JsonUserStore.besideRegistry(registryFile));
    users.add(
        new User("ann", Role.PATIENT, "p1", new PasswordHasher().hash(PASSWORD.toCharArray())));
    config = new DashboardConfig(registryFile, null, null, false);
    service = start(0);
    chrome = new HeadlessChromium(dir.resolve("chrome"), 500, 844, "en-GB,en", null);
    phone(chrome, 844);
  }

  @AfterEach
  void stop() {
    if (chrome != null) {
      chrome.close();
    }
    if (service != null) {
      service.close();
    }
  }

  private PlantarisService start(int port) throws Exception {
    return PlantarisService.start(
        new ServiceConfig(
            null, null, List.of(), null, IngestConfig.defaults(), "127.0.0.1", port, null, config),
        List.of());
  }

  @Test
  void bothFeetFitAPhoneSideBySide() throws Exception {
    WebDriver b = chrome.driver;
    WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
    logIn(b, wait, "http://127.0.0.1:" + service.httpPort());
    List<byte[]> wires = new ArrayList<>();
    for (Path p : TWO) {
      wires.add(Files.readAllBytes(p));
    }
    service.ingest().addSource(ReplaySource.ofWire(wires, 1));
    wait.until(x -> x.findElements(By.cssSelector("#maps canvas")).size() == 2);
    Thread.sleep(1_000); // a few frames drawn
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> feet =
        (List<Map<String, Object>>)
            chrome.js(
                "return [...document.querySelectorAll('#maps figure')].map(f => {"
                    + " const r = f.querySelector('canvas').getBoundingClientRect();"
                    + " return {left: r.left, right: r.right, top: r.top, width: r.width,"
                    + " caption: f.querySelector('figcaption').innerText}; })");
    log.info("feet on a 390 px phone: {}", feet);
    shot(chrome, "live-two-feet-390.png");
    assertThat(feet).hasSize(2);
    Map<String, Object> left = feet.get(0);
    Map<String, Object> right = feet.get(1);
    assertThat(left.get("caption").toString()).startsWith("left foot");
    assertThat(right.get("caption").toString()).startsWith("right foot");
    assertThat(num(left, "left")).as("left foot inside the screen").isGreaterThanOrEqualTo(0);
    assertThat(num(right, "right")).as("right foot inside the screen").isLessThanOrEqualTo(390);
    assertThat(num(left, "right")).as("feet side by side").isLessThanOrEqualTo(num(right, "left"));
    assertThat(num(left, "top")).as("on one row").isEqualTo(num(right, "top"));
    assertThat(num(right, "width")).as("each foot big enough to read").isGreaterThan(120);
    assertThat(((Number) chrome.js("return document.documentElement.scrollWidth")).intValue())
        .as("no sideways scrolling")
        .isLessThanOrEqualTo(390);
  }

  private static void logIn(WebDriver b, WebDriverWait wait, String base) {
    b.get(base + "/live");
    wait.until(x -> x.getCurrentUrl().contains("/login"));
    enter(b, wait);
  }

  private static void enter(WebDriver b, WebDriverWait wait) {
    b.findElement(By.id("user")).sendKeys("ann");
    b.findElement(By.id("password")).sendKeys(PASSWORD);
    b.findElement(By.id("submit")).click();
    wait.until(x -> x.getCurrentUrl().endsWith("/live"));
    wait.until(x -> x.findElement(By.id("status")).getText().equals("live"));
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  /** A phone's viewport: 390 px wide, touch, this tall. */
  private static void phone(HeadlessChromium c, int height) {
    c.driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  /** The whole page at 390 px (the viewport grown to the page's height). */
  private static void shot(HeadlessChromium c, String name) throws Exception {
    int h = ((Number) c.js("return document.documentElement.scrollHeight")).intValue();
    phone(c, Math.min(4000, h));
    Files.write(
        HeadlessChromium.SHOTS.resolve(name),
        ((TakesScreenshot) c.driver).getScreenshotAs(OutputType.BYTES));
    phone(c, 844);
  }
}
