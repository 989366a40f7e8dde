package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinician in a real browser (Debian's headless Chromium) over eight weeks of history written
 * through the embedded store: the patient list with adherence and reasons, one patient's trend
 * charts drawn from the store, a session report with every rep's phase times, and a refusal for a
 * patient who is not theirs.
 */
class ClinicianPagesIT {
  private static final Logger log = LoggerFactory.getLogger(ClinicianPagesIT.class);

  @TempDir Path dir;
  DashboardFixture f;
  HeadlessChromium chromium;
  ClinicianHistory history;

  @BeforeEach
  void start() throws Exception {
    chromium = new HeadlessChromium(dir.resolve("chrome"), 1200, 900);
    f = new DashboardFixture(dir, true);
    history = new ClinicianHistory(Instant.now());
    StoreWait.write(f, history);
  }

  @AfterEach
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (f != null) {
      f.close();
    }
  }

  @Test
  void theClinicianSeesTheirPatientTheTrendsAndASessionReport() throws Exception {
    var b = chromium.driver;
    WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
    // the page redraws a decision's card when its review lands: look it up again, not fail
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    b.get(f.base + "/clinician");
    assertThat(b.getCurrentUrl()).endsWith("/login?next=/clinician");
    b.findElement(By.id("user")).sendKeys("cara");
    b.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
    b.findElement(By.id("submit")).click();
    wait.until(x -> x.getCurrentUrl().endsWith("/clinician"));
    wait.until(x -> !x.findElements(By.cssSelector("#patients tbody tr")).isEmpty());
    List<String> shown = new ArrayList<>();
    for (WebElement row : b.findElements(By.cssSelector("#patients tbody tr"))) {
      shown.add(row.getAttribute("data-patient"));
    }
    assertThat(shown).as("cara (clinician c1) sees only p1").containsExactly("p1");
    // sessions at 09:00 UTC: the one 28 days ago falls just outside the 4-week window
    long done = ClinicianHistory.p1Days().stream().filter(d -> d < 28).count();
    String attention = b.findElement(By.cssSelector("td.attention")).getText();
    assertThat(attention)
        .contains("pain during exercise rising: 2.0 to 4.0 of 10")
        .contains("heel-loading flags rising")
        .contains("missed sessions: " + done + " of 14 prescribed (every 2 days)")
        .contains("no session for 5 days")
        .contains("a decision waits for your review: reduce by 2 kg");
    page("clinician", "clinician-list.png");

    b.findElement(By.linkText("Patient One")).click();
    wait.until(x -> x.getCurrentUrl().endsWith("/clinician/patient?id=p1"));
    wait.until(
        x -> chromium.js("return window.plantarisCharts && window.plantarisCharts.pain") != null);
    // what uPlot holds and draws: weekly valid reps as written through the store
    @SuppressWarnings("unchecked")
    List<Object> valid = (List<Object>) chromium.js("return window.plantarisCharts.reps.data[2]");
    @SuppressWarnings("unchecked")
    List<Object> xs = (List<Object>) chromium.js("return window.plantarisCharts.reps.data[0]");
    assertThat(valid).hasSize(12);
    TreeMap<LocalDate, Integer> expected = history.validByWeek.get("p1");
    Map<LocalDate, Integer> drawn = new TreeMap<>();
    for (int i = 0; i < xs.size(); i++) {
      int v = ((Number) valid.get(i)).intValue();
      if (v > 0) {
        LocalDate week =
            Instant.ofEpochSecond(((Number) xs.get(i)).longValue())
                .atZone(java.time.ZoneId.systemDefault()) // local midnight: the browser's zone
                .toLocalDate();
        drawn.put(week, v);
      }
    }
    assertThat(drawn)
        .as("valid reps per week on the chart")
        .isEqualTo(expected.tailMap(drawn.keySet().iterator().next()));
    assertThat(drawn).hasSizeGreaterThanOrEqualTo(8);
    Number heelLast =
        (Number)
            chromium.js(
                "const d = window.plantarisCharts.quality.data[2]; return d[d.length - 1] ?? d[d.length - 2]");
    assertThat(heelLast.doubleValue())
        .as("heel loading % in the last week with reps")
        .isBetween(25.0, 40.0);
    Number points =
        (Number) chromium.js("return document.querySelectorAll('#chart-reps canvas').length");
    assertThat(points.intValue()).isEqualTo(1);
    By card = By.cssSelector(".decision[data-decision='d-p1-last']");
    wait.until(x -> !x.findElements(card).isEmpty());
    assertThat(b.findElement(card).getText())
        .contains("proposed")
        .contains("reduce by 2 kg")
        .contains("heel loading in 12 of 36 reps (33%, limit 25%)");
    page("clinician/patient?id=p1", "clinician-patient.png");
    b.findElement(card).findElement(By.name("note")).sendKeys("agreed: heel control first");
    b.findElement(card).findElement(By.cssSelector("button.accept")).click();
    wait.until(x -> x.findElement(card).getText().startsWith("accepted"));
    assertThat(b.findElement(card).getText())
        .contains("In force: reduce by 2 kg — “agreed: heel control first” (c1)");
    assertThat(b.findElement(card).findElements(By.tagName("button"))).isEmpty();
    wait.until(x -> x.findElement(By.id("rx")).getText().contains(" at 4 kg"));
    assertThat(b.findElement(By.id("rx")).getText())
        .as("the accepted step took 2 kg off today's prescription")
        .isEqualTo("Today: 8RM x 5 sets at 4 kg, single-leg, 3-2-3 s, every 2 days");
    chromium.shot("clinician-patient-accepted.png");

    wait.until(x -> !x.findElements(By.cssSelector("#session-list a")).isEmpty());
    b.findElements(By.cssSelector("#session-list a")).get(0).click(); // newest session
    wait.until(x -> !x.findElements(By.cssSelector("#reps tbody tr")).isEmpty());
    List<WebElement> reps = b.findElements(By.cssSelector("#reps tbody tr"));
    assertThat(reps).hasSize(ClinicianHistory.SETS * ClinicianHistory.REPS);
    List<WebElement> cells = reps.get(6).findElements(By.tagName("td")); // rep 7: too fast up
    assertThat(cells.get(2).getText()).isEqualTo("1.6 s");
    assertThat(cells.get(2).getAttribute("class")).contains("short");
    assertThat(reps.get(0).findElements(By.tagName("td")).get(2).getText())
        .matches("[23]\\.[0-9] s");
    assertThat(reps.get(6).getText()).contains("did not count: too fast on the way up");
    // rep 3: the insole saw too little movement to time its phases or measure its range (over a
    // step edge on pressure cells alone): none is shown, and each cell says why
    List<WebElement> untimed = reps.get(2).findElements(By.tagName("td"));
    for (int i : new int[] {2, 3, 4, 6}) {
      assertThat(untimed.get(i).getText()).as("phase cell %d", i).isEqualTo("–");
      assertThat(untimed.get(i).getAttribute("title")).contains("too little movement to time it");
    }
    List<WebElement> unsure =
        reps.stream().filter(r -> r.getText().contains("counted, not checked:")).toList();
    assertThat(unsure).as("the second rep of each set, unless a flag failed it").isNotEmpty();
    assertThat(unsure.get(0).getText())
        .contains("counted, not checked: the hold at the top (too close to the limit to tell)");
    assertThat(b.findElement(By.id("uncertain-count")).getText())
        .isEqualTo(String.valueOf(unsure.size()));
    assertThat(b.findElement(By.id("decision")).getText())
        .startsWith("accepted")
        .contains("reduce by 2 kg");
    assertThat(b.findElement(By.id("pain")).getText()).contains("during: 4 of 10");
    page(b.getCurrentUrl().substring(f.base.length() + 1), "session-report.png");

    b.get(f.base + "/clinician/patient?id=p2");
    wait.until(x -> x.findElement(By.id("problem")).getText().contains("not assigned"));
    assertThat(b.findElement(By.id("problem")).getText())
        .contains("clinician c1 is not assigned to patient p2");
    chromium.shot("clinician-refused.png");
  }

  /** Logs the page's weight and first paint (reloaded for clean entries) and saves a screenshot. */
  private void page(String path, String shot) throws Exception {
    chromium.shot(shot);
    HeadlessChromium.PageFigures p = chromium.figures();
    log.info(
        String.format(
            "page /%s: %d bytes transferred (html %d + assets %d; %d decoded), first contentful"
                + " paint %.0f ms; files %s",
            path,
            p.totalBytes(),
            p.htmlBytes(),
            p.assetBytes(),
            p.decodedBytes(),
            p.fcpMillis(),
            p.files()));
    assertThat(p.totalBytes()).as("page weight of /" + path).isBetween(1_000L, 200_000L);
    assertThat(p.fcpMillis()).as("first contentful paint of /" + path).isBetween(0.0, 5_000.0);
  }
}
