package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.ReplaySource;
import io.plantaris.insole.Track;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.VirtualInsole;
import io.plantaris.sim.WireRecordingWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

  private String blindNotice(String languages, int width, int height, String shot)
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

    Track onStep =
        VirtualInsole.simulate(
                Scenario.CLEAN_SET.builder(12).layout(LayoutKind.FORCE3).stepEdge(true).build())
            .recording()
            .tracks()
            .get(0);
    assertThat(onStep.layout().deviceId()).isEqualTo(f.deviceId);
    assertThat(onStep.layout().cellCount()).isEqualTo(3);
    f.service
        .ingest()
        .addSource(ReplaySource.ofWire(List.of(WireRecordingWriter.bytes(onStep, 7)), 8));

    new WebDriverWait(b, Duration.ofSeconds(60))
        .until(x -> !x.findElement(By.id("sight")).getText().isEmpty());
    // reps go on being done for a while: none is counted, and the notice stays
    Thread.sleep(3000);
    chrome.shot(shot);
    assertThat(b.findElement(By.id("total")).getText()).isEqualTo("0");
    assertThat(b.findElement(By.id("sight")).getAttribute("data-blind")).isEqualTo("STEP_EDGE");
    return b.findElement(By.id("sight")).getText();
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
  void anEnglishDesktopIsToldTheSame() throws Exception {
    String notice = blindNotice("en-GB,en", 1280, 800, "live-blind-step-desktop-en.png");
    assertThat(notice)
        .startsWith("The insole on your left foot cannot see heel raises here")
        .contains("step edge")
        .endsWith("Do them on the floor, with a towel under your toes.");
  }
}
