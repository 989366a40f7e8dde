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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A patient on a phone does a clean set with an insole of 8 pressure cells and no IMU on a flat
 * floor: each rep counts, and the page says plainly that the insole could not see its phases,
 * instead of a verdict on a tempo it cannot measure; the set's summary claims no tempo kept.
 */
class LiveUncertainIT {
  @TempDir Path dir;
  DashboardFixture f;
  HeadlessChromium chrome;

  @BeforeEach
  void start() throws Exception {
    chrome = new HeadlessChromium(dir.resolve("chrome"), 390, 844);
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
  void aRepTheInsoleCannotFullyJudgeCountsAndSaysWhy() throws Exception {
    var b = chrome.driver;
    b.get(f.base + "/live");
    b.findElement(By.id("user")).sendKeys("ann");
    b.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
    b.findElement(By.id("submit")).click();
    WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(10));
    wait.until(x -> x.findElement(By.id("status")).getText().equals("live"));

    // the simulator names its left insole as the fixture registered it, whatever the layout
    Track cellsOnly =
        VirtualInsole.simulate(Scenario.CLEAN_SET.builder(11).layout(LayoutKind.FORCE8).build())
            .recording()
            .tracks()
            .get(0);
    assertThat(cellsOnly.layout().deviceId()).isEqualTo(f.deviceId);
    assertThat(cellsOnly.layout().hasImu()).isFalse();
    f.service
        .ingest()
        .addSource(ReplaySource.ofWire(List.of(WireRecordingWriter.bytes(cellsOnly, 7)), 8));

    WebDriverWait set = new WebDriverWait(b, Duration.ofSeconds(90));
    set.until(x -> x.findElement(By.id("verdict")).getText().contains("not checked"));
    String verdict = b.findElement(By.id("verdict")).getText();
    chrome.shot("live-uncertain-phone.png");
    assertThat(verdict)
        .matches("Rep \\d+ counted, not checked: .*")
        .endsWith(
            "the pace up, the pace down, the hold at the top, the height (this insole cannot see"
                + " it on a flat floor)");
    assertThat(b.findElement(By.id("verdict")).getAttribute("class")).contains("unsure");
    // both counters in one read: the next rep may land between two WebDriver calls
    String counts =
        (String)
            chrome.js(
                "return document.getElementById('valid').textContent + '/'"
                    + " + document.getElementById('total').textContent");
    String[] vt = counts.split("/");
    assertThat(Integer.parseInt(vt[0]))
        .as("an uncertain rep counts: valid/total %s", counts)
        .isEqualTo(Integer.parseInt(vt[1]))
        .isPositive();

    // the set's summary gives no tempo kept or lost: nobody timed the phases
    set.until(x -> x.findElement(By.id("summary")).isDisplayed());
    chrome.shot("live-uncertain-set-done-phone.png");
    assertThat(b.findElement(By.id("summary")).getText())
        .matches("Set 1 done: \\d+ of \\d+ reps counted, \\d+ s under tension; .*")
        .endsWith("this insole cannot time the phases on a flat floor.")
        .doesNotContain("tempo kept");
  }
}
