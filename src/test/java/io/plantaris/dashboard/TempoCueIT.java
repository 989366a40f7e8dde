package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.ReplaySource;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.sim.GroundTruth;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import io.plantaris.sim.WireRecordingWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tempo guide against the simulator's ground truth, in real time on a 1280x900 screen: each
 * phase's cue (up, hold, down) is shown for every rep; the delay from the true start of a phase to
 * its cue and how long each cue stays up are printed (the figures, not asserted: they are speed).
 * Then she switches the page to Norwegian (kept after a reload) and opens her history.
 */
class TempoCueIT {
  private static final Logger log = LoggerFactory.getLogger(TempoCueIT.class);

  @TempDir Path dir;

  @Test
  void everyPhaseOfEveryRepGetsItsCue() throws Exception {
    SimulationResult sim =
        VirtualInsole.simulate(Scenario.CLEAN_SET.builder(5).targetReps(4).build());
    try (DashboardFixture f = new DashboardFixture(dir);
        HeadlessChromium chrome = new HeadlessChromium(dir.resolve("chrome"), 1280, 900)) {
      new io.plantaris.registry.JsonFileRegistry(f.config.registryFile())
          .addPrescription(
              PrescriptionVersion.rathleff("p1", Instant.now().minus(Duration.ofDays(1)), "c1"));
      var b = chrome.driver;
      WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
      b.get(f.base + "/live");
      b.findElement(By.id("user")).sendKeys("ann");
      b.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
      b.findElement(By.id("submit")).click();
      wait.until(x -> x.findElement(By.id("status")).getText().equals("live"));
      var track = sim.recording().tracks().get(0);
      ReplaySource insole =
          ReplaySource.ofWire(List.of(WireRecordingWriter.bytes(track, 5)), List.of("replay:x"), 1);
      f.service.ingest().addSource(insole);
      wait.withTimeout(Duration.ofSeconds(90))
          .until(x -> x.findElement(By.id("total")).getText().equals("2"));
      chrome.shot("live-desktop-mid-set.png");
      insole.awaitDone();
      wait.until(x -> x.findElement(By.id("total")).getText().equals("4"));

      long firstT = ((Number) chrome.js("return window.plantarisStats.firstT")).longValue();
      long epochMillis = firstT - track.timeMicros()[0] / 1000;
      List<?> cues = (List<?>) chrome.js("return window.plantarisCues");
      List<Object[]> shown = new ArrayList<>();
      for (Object c : cues) {
        List<?> l = (List<?>) c;
        shown.add(new Object[] {l.get(0), ((Number) l.get(2)).longValue()});
      }
      List<Long> lags = new ArrayList<>();
      Map<String, List<Long>> byPhase =
          Map.of("up", new ArrayList<>(), "hold", new ArrayList<>(), "down", new ArrayList<>());
      List<Double> lengthErrors = new ArrayList<>();
      Map<String, List<Long>> lengthByPhase =
          Map.of("up", new ArrayList<>(), "hold", new ArrayList<>(), "down", new ArrayList<>());
      Map<String, Long> prescribed = Map.of("up", 3000L, "hold", 2000L, "down", 3000L);
      for (GroundTruth.RepTruth r : sim.truth().sets().get(0).reps()) {
        long[] starts = {r.upStartMillis(), r.holdStartMillis(), r.downStartMillis()};
        String[] phases = {"up", "hold", "down"};
        for (int p = 0; p < 3; p++) {
          long truth = starts[p] + epochMillis;
          int i = firstCue(shown, phases[p], truth - 1500, truth + 3000);
          assertThat(i).as("a %s cue for rep %d", phases[p], r.index()).isGreaterThanOrEqualTo(0);
          long at = (long) shown.get(i)[1];
          lags.add(at - truth);
          byPhase.get(phases[p]).add(at - truth);
          if (i + 1 < shown.size()) {
            long length = (long) shown.get(i + 1)[1] - at;
            lengthByPhase.get(phases[p]).add(length - prescribed.get(phases[p]));
            lengthErrors.add(
                Math.abs(length - prescribed.get(phases[p])) * 100.0 / prescribed.get(phases[p]));
          }
        }
      }
      lags.sort(null);
      lengthErrors.sort(null);
      log.info(
          "tempo cues: delay from the true phase start to its cue, ms: p50 {} p95 {} max {} (n={})"
              + "; cue length error vs prescribed, %: p50 {} max {} (n={}); delays {}",
          lags.get(lags.size() / 2),
          lags.get((int) Math.ceil(lags.size() * 0.95) - 1),
          lags.get(lags.size() - 1),
          lags.size(),
          String.format("%.1f", lengthErrors.get(lengthErrors.size() / 2)),
          String.format("%.1f", lengthErrors.get(lengthErrors.size() - 1)),
          lengthErrors.size(),
          lags);
      log.info("tempo cue delays by phase, ms: {}", byPhase);
      log.info("tempo cue length minus prescribed by phase, ms: {}", lengthByPhase);

      b.findElement(By.id("lang")).click(); // the browser says English; she switches to Norwegian
      wait.until(x -> x.findElement(By.id("set-of")).getText().startsWith("Sett "));
      assertThat(b.findElement(By.id("done")).getText()).isEqualTo("Jeg er ferdig");
      assertThat(b.findElement(By.id("verdict")).getText()).startsWith("Repetisjon 4 ");
      assertThat(b.findElement(By.id("lang")).getText()).isEqualTo("English");
      chrome.shot("live-desktop-nb.png");
      b.navigate().refresh(); // the choice is kept
      wait.until(x -> x.findElement(By.id("done")).getText().equals("Jeg er ferdig"));
      b.findElement(By.id("history")).click();
      wait.until(x -> x.getCurrentUrl().endsWith("/history")); // her history has its own page
      wait.until(x -> x.findElement(By.tagName("h1")).getText().equals("Mine økter"));
      assertThat(b.findElements(By.cssSelector("main button"))).isEmpty();
      wait.until(x -> !x.findElement(By.id("sessions")).getText().isEmpty());
      assertThat(b.findElement(By.id("sessions")).getText())
          .as("this service stores nothing: the page says so in her language")
          .startsWith("Historikken er ikke tilgjengelig nå");
      chrome.shot("history-desktop-nb.png");
    }
  }

  private static int firstCue(List<Object[]> shown, String phase, long from, long to) {
    for (int i = 0; i < shown.size(); i++) {
      long at = (long) shown.get(i)[1];
      if (phase.equals(shown.get(i)[0]) && at >= from && at <= to) {
        return i;
      }
    }
    return -1;
  }
}
