package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.BlindStance;
import io.plantaris.eval.EvalCase;
import io.plantaris.eval.WideCases;
import io.plantaris.ingest.BlindSpell;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.SessionListener;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Track;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.VirtualInsole;
import io.plantaris.sim.WireRecordingWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A patient does a set on a step, heel over the edge, with a 3-zone force insole: its forefoot zone
 * carries the whole load from the bottom to the top of every rep, so no rep can be seen. The live
 * page says so, and what to do, in the patient's language, instead of counting nothing in silence.
 */
class LiveBlindIT {
  @TempDir Path dir;
  final List<BlindSpell> spells = new CopyOnWriteArrayList<>();
  DashboardFixture f;
  HeadlessChromium chrome;

  @AfterEach
  void stop() {
    if (chrome != null) {
      chrome.close();
    }
    if (f != null) {
      f.close();
    }
  }

  /** The 3-zone insole on the step, heel over the edge, streamed at 8 times real time. */
  private static Track threeZonesOnAStep() {
    return VirtualInsole.simulate(
            Scenario.CLEAN_SET.builder(12).layout(LayoutKind.FORCE3).stepEdge(true).build())
        .recording()
        .tracks()
        .get(0);
  }

  private String blindNotice(String languages, int width, int height, String shot)
      throws Exception {
    return blindNotice(languages, width, height, shot, null, "STEP_EDGE");
  }

  /**
   * Logs the patient in, streams {@code onStep} (null: {@link #threeZonesOnAStep}) as her insole
   * and returns the notice the page shows once it says it cannot see, {@code reason} for it.
   */
  private String blindNotice(
      String languages, int width, int height, String shot, Track onStep, String reason)
      throws Exception {
    chrome = new HeadlessChromium(dir.resolve("chrome"), width, height, languages, "Europe/Oslo");
    f = new DashboardFixture(dir);
    var b = chrome.driver;
    b.get(f.base + "/live");
    b.findElement(By.id("user")).sendKeys("ann");
    b.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
    b.findElement(By.id("submit")).click();
    WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(10));
    wait.until(x -> !x.findElement(By.id("status")).getText().isEmpty());

    Track track = onStep != null ? asPatientsInsole(onStep) : threeZonesOnAStep();
    assertThat(track.layout().deviceId()).isEqualTo(f.deviceId);
    f.service
        .ingest()
        .addListener(
            new SessionListener() {
              @Override
              public void onBlind(BlindSpell spell) {
                spells.add(spell);
              }
            });
    f.service
        .ingest()
        .addSource(ReplaySource.ofWire(List.of(WireRecordingWriter.bytes(track, 7)), 8));

    new WebDriverWait(b, Duration.ofSeconds(60))
        .until(x -> !x.findElement(By.id("sight")).getText().isEmpty());
    // reps go on being done for a while: none is counted, and the notice stays
    Thread.sleep(3000);
    chrome.shot(shot);
    assertThat(b.findElement(By.id("total")).getText()).isEqualTo("0");
    assertThat(b.findElement(By.id("sight")).getAttribute("data-blind")).isEqualTo(reason);
    return b.findElement(By.id("sight")).getText();
  }

  /** The track as sent by the patient's registered insole (same samples, her device id). */
  private Track asPatientsInsole(Track t) {
    SensorLayout l = t.layout();
    SensorLayout mine =
        new SensorLayout(
            f.deviceId,
            l.side(),
            l.sampleRateHz(),
            l.cells(),
            l.hasAccelerometer(),
            l.hasGyroscope(),
            l.insoleLengthMm());
    return new Track(mine, t.timeMicros(), t.cellNewtons(), t.accelG(), t.gyroDps());
  }

  @Test
  void aNorwegianPhoneIsToldTheInsoleCannotSeeRepsOnTheStep() throws Exception {
    String notice = blindNotice("nb-NO,nb", 390, 844, "live-blind-step-phone-nb.png");
    assertThat(notice)
        .startsWith("Sålen på venstre fot ser ikke hælløftene her")
        .contains("trappekanten")
        .endsWith("Gjør dem på gulvet, med et håndkle under tærne.");
  }

  @Test
  void eightZonesThatSeeTooLittleOverTheEdgeSaySoAndDoneSaysWhyNothingWasSaved() throws Exception {
    // wide seed 20326: 8 zones, heel over a step edge; the pressure hardly changes as the heel
    // rises and no rep is seen. The page says so; "I'm done" then says why nothing was saved
    // instead of "do a set first"
    EvalCase c = WideCases.generate(20_326);
    assertThat(c.name()).contains("force8").endsWith("step");
    String notice =
        blindNotice(
            "nb-NO,nb",
            390,
            844,
            "live-blind-edge-unseen-phone-nb.png",
            c.recording().tracks().get(0),
            "EDGE_UNSEEN");
    assertThat(notice)
        .contains("ser for lite av hælløftene over trappekanten")
        .endsWith("Gjør dem på gulvet, med et håndkle under tærne.");

    var b = chrome.driver;
    assertThat(b.findElement(By.id("guide-text")).getText())
        .as("no metronome cue while the insole cannot see")
        .isEqualTo("Telles ikke her: se over.");
    b.findElement(By.id("done")).click();
    new WebDriverWait(b, Duration.ofSeconds(20))
        .until(x -> !x.findElement(By.id("done-result")).getText().isEmpty());
    chrome.shot("live-blind-edge-unseen-done-phone-nb.png");
    assertThat(b.findElement(By.id("done-result")).getText())
        .startsWith("Ingenting å lagre: ingen hælløft ble talt.")
        .contains("trappekanten");
    // the programme was told, by the live pipeline, for how long and why: in wall-clock time
    // (this replay runs at 8 times real time, so its clock runs ahead of the wall's by a minute)
    long nowMicros = System.currentTimeMillis() * 1000;
    assertThat(spells).isNotEmpty();
    assertThat(spells)
        .allSatisfy(
            x -> {
              assertThat(x.deviceId()).isEqualTo(f.deviceId);
              assertThat(x.stance().reason()).isEqualTo(BlindStance.Reason.EDGE_UNSEEN);
              assertThat(x.stance().toMicros())
                  .isBetween(nowMicros - 600_000_000L, nowMicros + 600_000_000L);
            });
    assertThat(f.service.programme().registry().decisions("p1")).isEmpty();
  }

  @Test
  void anEnglishDesktopIsToldTheSame() throws Exception {
    String notice = blindNotice("en-GB,en", 1280, 800, "live-blind-step-desktop-en.png");
    assertThat(notice)
        .startsWith("The insole on your left foot cannot see heel raises here")
        .contains("step edge")
        .endsWith("Do them on the floor, with a towel under your toes.");
  }
}
