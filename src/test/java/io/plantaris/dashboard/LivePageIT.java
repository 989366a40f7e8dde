package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepFlag;
import io.plantaris.ingest.ReplaySource;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A patient in a real browser (Debian's headless Chromium) watches a set with faults replayed into
 * the running service at 5x: the counter climbs and the reasons appear in plain words.
 */
class LivePageIT {
  private static final Logger log = LoggerFactory.getLogger(LivePageIT.class);

  @TempDir Path dir;
  DashboardFixture f;
  HeadlessChromium chrome;
  ChromeDriver browser;

  @BeforeEach
  void start() throws Exception {
    chrome = new HeadlessChromium(dir.resolve("chrome"), 1100, 720);
    browser = chrome.driver;
    f = new DashboardFixture(dir);
  }

  @AfterEach
  void stop() {
    if (chrome != null) {
      chrome.close();
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
    return chrome.js(script);
  }

  private void printPageFigures() {
    HeadlessChromium.PageFigures p = chrome.figures();
    log.info(
        String.format(
            "live page weight: %d bytes transferred (html %d + assets %d; %d bytes decoded);"
                + " first contentful paint %.0f ms; %s",
            p.totalBytes(),
            p.htmlBytes(),
            p.assetBytes(),
            p.decodedBytes(),
            p.fcpMillis(),
            p.files()));
    assertThat(p.totalBytes()).as("page weight").isBetween(1_000L, 100_000L);
  }

  private void shot(String name) throws Exception {
    chrome.shot(name);
  }
}
