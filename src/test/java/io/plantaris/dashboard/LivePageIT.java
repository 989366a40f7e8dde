package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.plantaris.analysis.RepFlag;
import io.plantaris.ingest.ReplaySource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A patient in a real browser (Debian's headless Chromium) watches a set with faults replayed into
 * the running service at 5x: the counter climbs and the reasons appear in plain words.
 */
class LivePageIT {
  private static final Logger log = LoggerFactory.getLogger(LivePageIT.class);
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target/screenshots");

  @TempDir Path dir;
  DashboardFixture f;
  ChromeDriver browser;

  @BeforeEach
  void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String msg = "chromium and chromium-driver are not installed (bash .ci/deps installs them)";
      if (System.getenv("CI") != null) {
        fail(msg);
      }
      Assumptions.abort(msg);
    }
    // never let Selenium Manager look for (or download) a driver: use Debian's
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    f = new DashboardFixture(dir);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1100,720",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome")));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, o);
    Files.createDirectories(SHOTS);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (f != null) {
      f.close();
    }
  }

  @Test
  void thePatientSeesTheCounterClimbAndTheReasonsDuringTheSet() throws Exception {
    browser.get(f.base + "/live");
    assertThat(browser.getCurrentUrl()).endsWith("/login?next=/live");
    browser.findElement(By.id("user")).sendKeys("ann");
    browser.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
    browser.findElement(By.id("submit")).click();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(b -> b.getCurrentUrl().endsWith("/live"));
    wait.until(b -> b.findElement(By.id("status")).getText().equals("live"));
    assertThat(browser.findElement(By.id("today")).getText())
        .isEqualTo("Today: 12 reps, body weight only, 3-2-3 s, one leg");
    printPageFigures();

    ReplaySource insole = ReplaySource.ofWire(List.of(Files.readAllBytes(f.FAULTS)), 5);
    f.service.ingest().addSource(insole);
    wait.until(b -> b.findElements(By.cssSelector("canvas")).size() == 1);

    List<Integer> totals = new ArrayList<>();
    List<String> verdicts = new ArrayList<>();
    boolean midShot = false;
    long end = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < end) {
      int total = Integer.parseInt(browser.findElement(By.id("total")).getText());
      String verdict = browser.findElement(By.id("verdict")).getText();
      if (totals.isEmpty() || totals.get(totals.size() - 1) != total) {
        totals.add(total);
        verdicts.add(verdict);
      }
      if (!midShot && total >= 3 && verdict.contains("did not count")) {
        shot("live-mid-set.png");
        midShot = true;
      }
      if (insoleDone(insole) && total > 0) {
        break;
      }
      Thread.sleep(150);
    }
    Thread.sleep(1500); // the last rep and the set's end reach the page
    shot("live-end-of-set.png");
    Map<?, ?> stats = (Map<?, ?>) js("return window.plantarisStats");
    log.info(
        String.format(
            "live page: %s samples (%.1f updates/s at 5x replay), %s frames drawn, %s reps shown",
            stats.get("samples"),
            ((Number) stats.get("perSecond")).doubleValue(),
            stats.get("frames"),
            stats.get("reps")));
    log.info("live page: counter went {}; verdicts {}", totals, verdicts);

    assertThat(totals).as("the rep counter climbs during the set").hasSizeGreaterThan(3);
    assertThat(totals).isSorted();
    List<String> words = new ArrayList<>();
    for (RepFlag flag : RepFlag.values()) {
      words.add(flag.plainWords());
    }
    assertThat(verdicts)
        .as("a rep that did not count says why in plain words")
        .anySatisfy(v -> assertThat(words).anySatisfy(w -> assertThat(v).contains(w)));
    assertThat(((Number) stats.get("perSecond")).doubleValue())
        .as("pressure map updates per second")
        .isGreaterThanOrEqualTo(20);
    assertThat(midShot).as("a screenshot mid-set with a refused rep").isTrue();
  }

  private static boolean insoleDone(ReplaySource s) {
    return !s.connected();
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private void printPageFigures() {
    Map<?, ?> t =
        (Map<?, ?>)
            js(
                "const n = performance.getEntriesByType('navigation')[0];"
                    + "const res = performance.getEntriesByType('resource')"
                    + ".filter(r => !r.name.includes('/live/') && !r.name.endsWith('/live'));"
                    + "const fcp = performance.getEntriesByName('first-contentful-paint')[0];"
                    + "return {html: n.transferSize, "
                    + "assets: res.reduce((a, r) => a + r.transferSize, 0),"
                    + "decoded: n.decodedBodySize + res.reduce((a, r) => a + r.decodedBodySize, 0),"
                    + "fcp: fcp ? fcp.startTime : -1, dcl: n.domContentLoadedEventEnd,"
                    + "load: n.loadEventEnd, resources: res.map(r => r.name).join(' ')};");
    long html = ((Number) t.get("html")).longValue();
    long assets = ((Number) t.get("assets")).longValue();
    log.info(
        String.format(
            "live page weight: %d bytes transferred (html %d + assets %d; %s bytes decoded);"
                + " first contentful paint %.0f ms, DOMContentLoaded %.0f ms, load %.0f ms; %s",
            html + assets,
            html,
            assets,
            t.get("decoded"),
            ((Number) t.get("fcp")).doubleValue(),
            ((Number) t.get("dcl")).doubleValue(),
            ((Number) t.get("load")).doubleValue(),
            t.get("resources")));
    assertThat(html + assets).as("page weight").isBetween(1_000L, 100_000L);
  }

  private void shot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name), png);
  }
}
