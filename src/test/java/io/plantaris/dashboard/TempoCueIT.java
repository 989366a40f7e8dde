package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.Tempo;
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
 * phase's cue (up, hold, down) is shown for every rep, for the prescription in force (3-2-3 and
 * 2-1-4), and stays up for its prescribed length within 10 %. The delay from the true start of a
 * phase to its cue is printed, not asserted (it is speed): for the rise it is the guide's own
 * latency (the person starts when ready); the hold and lowering cues follow the prescription from
 * the rise's onset, so their delay from the person's own phase starts also holds how far the
 * simulated person is off the tempo, and the delay from the prescribed schedule is printed apart.
 * Then she switches the page to Norwegian (kept after a reload) and opens her history.
 */
class TempoCueIT {
  private static final Logger log = LoggerFactory.getLogger(TempoCueIT.class);

  @TempDir Path dir;

  @Test
  void everyPhaseOfEveryRepGetsItsCue() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir);
        HeadlessChromium chrome = new HeadlessChromium(dir.resolve("chrome"), 1280, 900)) {
      var b = chrome.driver;
      WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
      measureCues(f, chrome, Tempo.RATHLEFF);
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

  @Test
  void theGuideFollowsAnotherTempoInForce() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir);
        HeadlessChromium chrome = new HeadlessChromium(dir.resolve("chrome"), 1280, 900)) {
      measureCues(f, chrome, Tempo.parse("2-1-4"));
      chrome.shot("live-desktop-2-1-4.png");
    }
  }

  /**
   * Logs her in, streams four reps done at {@code tempo} with that tempo in force, and checks and
   * prints the cues.
   */
  private void measureCues(DashboardFixture f, HeadlessChromium chrome, Tempo tempo)
      throws Exception {
    PrescriptionVersion rathleff =
        PrescriptionVersion.rathleff("p1", Instant.now().minus(Duration.ofDays(2)), "c1");
    PrescriptionVersion inForce =
        tempo.equals(Tempo.RATHLEFF)
            ? rathleff
            : rathleff.next(
                Instant.now().minus(Duration.ofDays(1)),
                0,
                tempo,
                0,
                true,
                "c1",
                "slower lowering");
    io.plantaris.registry.jdbc.TestRegistry.at(f.config.registryFile()).addPrescription(rathleff);
    if (inForce != rathleff) {
      io.plantaris.registry.jdbc.TestRegistry.at(f.config.registryFile()).addPrescription(inForce);
    }
    SimulationResult sim =
        VirtualInsole.simulate(
            Scenario.CLEAN_SET
                .builder(5)
                .prescription(Prescription.rathleff().withTempo(tempo))
                .actualTempo(tempo)
                .targetReps(4)
                .build());
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
    chrome.shot("live-desktop-mid-set-" + tempo.text() + ".png");
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
    String[] phases = {"up", "hold", "down"};
    long[] prescribed = {tempo.upMillis(), tempo.holdMillis(), tempo.downMillis()};
    Map<String, List<Long>> byPhase = new java.util.LinkedHashMap<>();
    Map<String, List<Long>> fromSchedule = new java.util.LinkedHashMap<>();
    Map<String, List<Long>> lengthByPhase = new java.util.LinkedHashMap<>();
    for (String p : phases) {
      byPhase.put(p, new ArrayList<>());
      fromSchedule.put(p, new ArrayList<>());
      lengthByPhase.put(p, new ArrayList<>());
    }
    List<Long> lags = new ArrayList<>();
    for (GroundTruth.RepTruth r : sim.truth().sets().get(0).reps()) {
      long[] starts = {r.upStartMillis(), r.holdStartMillis(), r.downStartMillis()};
      long[] schedule = {0, prescribed[0], prescribed[0] + prescribed[1]};
      for (int p = 0; p < 3; p++) {
        long truth = starts[p] + epochMillis;
        int i = firstCue(shown, phases[p], truth - 1500, truth + 3000);
        assertThat(i).as("a %s cue for rep %d", phases[p], r.index()).isGreaterThanOrEqualTo(0);
        long at = (long) shown.get(i)[1];
        lags.add(at - truth);
        byPhase.get(phases[p]).add(at - truth);
        fromSchedule.get(phases[p]).add(at - (r.upStartMillis() + epochMillis + schedule[p]));
        assertThat(i + 1)
            .as("a cue after the %s cue of rep %d", phases[p], r.index())
            .isLessThan(shown.size());
        long length = (long) shown.get(i + 1)[1] - at;
        lengthByPhase.get(phases[p]).add(length - prescribed[p]);
        assertThat((double) length)
            .as(
                "rep %d: the %s cue stays up for the prescribed %d ms",
                r.index(), phases[p], prescribed[p])
            .isCloseTo(prescribed[p], org.assertj.core.data.Percentage.withPercentage(10));
      }
    }
    lags.sort(null);
    log.info(
        "tempo cues {}: delay from the true phase start to its cue, ms: p50 {} p95 {} max {}"
            + " (n={})",
        tempo,
        lags.get(lags.size() / 2),
        lags.get((int) Math.ceil(lags.size() * 0.95) - 1),
        lags.get(lags.size() - 1),
        lags.size());
    log.info("tempo cues {}: delay from the person's phase start by phase, ms: {}", tempo, byPhase);
    log.info(
        "tempo cues {}: delay from the prescribed schedule (true onset + tempo), ms: {}",
        tempo,
        fromSchedule);
    log.info("tempo cues {}: cue length minus prescribed, ms: {}", tempo, lengthByPhase);
    List<String> onsets = new ArrayList<>();
    for (Object o : (List<?>) chrome.js("return window.plantarisRises")) {
      List<?> l = (List<?>) o;
      long onset = ((Number) l.get(1)).longValue() - epochMillis;
      long taken = ((Number) l.get(2)).longValue() - epochMillis;
      onsets.add(l.get(0) + "@" + onset + "(taken at +" + (taken - onset) + ")");
    }
    List<Long> truths = new ArrayList<>();
    for (GroundTruth.RepTruth r : sim.truth().sets().get(0).reps()) {
      truths.add(r.upStartMillis());
    }
    log.info("guide onsets, recording ms: {}; true rise starts {}", onsets, truths);
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
