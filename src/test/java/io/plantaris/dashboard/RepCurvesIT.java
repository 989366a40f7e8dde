package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantaris.analysis.RepFlag;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Track;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.protocol.WireTrackReader;
import io.plantaris.registry.jdbc.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rep curves end to end: the faults sample (12 reps, one with the heel loaded at the top, with an
 * IMU) replayed into the running service, one {@code pl_rep_curve} point per stored rep in the
 * embedded QuestDB, and the session report showing the heel taking weight at the top of that rep
 * and the pitch rising during the up phase.
 */
class RepCurvesIT {
  private static final Logger log = LoggerFactory.getLogger(RepCurvesIT.class);

  @TempDir Path dir;

  @Test
  void theReportShowsEachRepsHeelShareAndPitch() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir, true)) {
      TestRegistry.at(f.config.registryFile())
          .addPrescription(
              PrescriptionVersion.rathleff("p1", Instant.now().minus(Duration.ofDays(1)), "c1"));
      Track set = WireTrackReader.read(Files.readAllBytes(DashboardFixture.FAULTS)).track();
      ReplaySource insole =
          ReplaySource.ofRecording(new Recording(List.of(StandingTail.extend(set, 25_000))), 10);
      f.service.ingest().addSource(insole);
      insole.awaitDone();

      List<JsonNode> sets = StoreRows.awaitRows(f, "SELECT * FROM pl_set WHERE patient = 'p1'", 1);
      assertThat(sets).as("the replayed set is stored").hasSize(1);
      int reps = sets.get(0).get("reps").asInt();
      assertThat(reps).as("reps of the faults sample").isBetween(10, 12);
      List<JsonNode> repRows =
          StoreRows.awaitRows(
              f, "SELECT timestamp FROM pl_rep WHERE patient = 'p1' ORDER BY timestamp", reps);
      List<JsonNode> curveRows =
          StoreRows.awaitRows(
              f,
              "SELECT timestamp, n, step_ms, start_offset_ms FROM pl_rep_curve"
                  + " WHERE patient = 'p1' ORDER BY timestamp",
              reps);
      assertThat(curveRows).as("one curve point per stored rep").hasSize(reps);
      for (int i = 0; i < reps; i++) {
        assertThat(curveRows.get(i).get("timestamp").asText())
            .as("curve %d has its rep's identity (upStart)", i)
            .isEqualTo(repRows.get(i).get("timestamp").asText());
        assertThat(curveRows.get(i).get("step_ms").asInt()).isEqualTo(100);
        // a rep lasts 6-10 s plus 0.5 s either side, at 10 Hz
        assertThat(curveRows.get(i).get("n").asInt()).isBetween(40, 120);
        assertThat(curveRows.get(i).get("start_offset_ms").asInt()).isBetween(-500, -400);
      }

      Browserless cara = new Browserless(f.base);
      cara.login("cara", DashboardFixture.PASSWORD);
      JsonNode sessions = Browserless.JSON.readTree(cara.get("/api/patients/p1/sessions").body());
      assertThat(sessions).hasSize(1);
      JsonNode report =
          Browserless.JSON.readTree(
              cara.get("/api/patients/p1/sessions/" + sessions.get(0).get("id").asText()).body());
      JsonNode rows = report.get("repRows");
      assertThat(rows).hasSize(reps);
      JsonNode heelLoaded = null;
      List<Double> validTops = new ArrayList<>();
      for (JsonNode r : rows) {
        assertThat(r.get("curve").isNull()).as("rep %s has a curve", r.get("rep")).isFalse();
        double top = topMean(r, "heelShare");
        log.info(
            "rep {} valid={} reasons={} heel share at top {} pitch rise {} deg, rise at top {} mm"
                + " (rep's peak height {} mm)",
            r.get("rep"),
            r.get("valid"),
            r.get("reasons"),
            top,
            pitchRise(r),
            topMean(r, "heightMm"),
            r.get("heightMm"));
        if (r.get("valid").asBoolean()) {
          validTops.add(top);
        } else if (heelLoaded == null
            && r.get("reasons").toString().contains(RepFlag.HEEL_LOADED_AT_TOP.plainWords())) {
          heelLoaded = r;
        }
      }
      assertThat(heelLoaded).as("the faults sample has a heel-loaded rep").isNotNull();
      assertThat(validTops).as("valid reps").hasSizeGreaterThanOrEqualTo(2);
      double loadedTop = topMean(heelLoaded, "heelShare");
      double worstValid = validTops.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      // a heel off the floor carries (almost) nothing; a heel loaded at the top carries a part
      assertThat(worstValid).as("heel share at the top of valid reps").isLessThan(0.05);
      assertThat(loadedTop)
          .as("heel share at the top of the heel-loaded rep")
          .isGreaterThan(worstValid + 0.10);
      for (JsonNode r : rows) {
        if (r.get("valid").asBoolean()) {
          // the sample's reps peak at 34-36 degrees of pitch
          assertThat(pitchRise(r)).as("pitch rise of rep %s", r.get("rep")).isBetween(25.0, 45.0);
          // the curve's heel rise at the top agrees with the rep's peak height (same pivot)
          assertThat(topMean(r, "heightMm"))
              .as("heel rise at the top of rep %s", r.get("rep"))
              .isCloseTo(r.get("heightMm").asDouble(), within(15.0));
        }
      }
      String session = sessions.get(0).get("id").asText();
      showInBrowser(f, session, heelLoaded.get("rep").asInt());
    }
  }

  /**
   * The report page draws the picked rep's curves: the heel-loaded rep, then a counted one, each
   * saved as a screenshot; the chart's heel-share series at the top tells them apart.
   */
  private void showInBrowser(DashboardFixture f, String session, int heelRep) throws Exception {
    try (HeadlessChromium chromium = new HeadlessChromium(dir.resolve("chrome"), 1200, 900)) {
      var b = chromium.driver;
      WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
      b.get(f.base + "/login");
      b.findElement(By.id("user")).sendKeys("cara");
      b.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
      b.findElement(By.id("submit")).click();
      wait.until(x -> !x.getCurrentUrl().contains("/login"));
      b.get(f.base + "/report?patient=p1&session=" + session);
      wait.until(x -> !x.findElements(By.cssSelector("#rep-curve canvas")).isEmpty());
      List<WebElement> rows = b.findElements(By.cssSelector("#reps tbody tr"));
      rows.get(heelRep - 1).click();
      wait.until(
          x -> ("1-" + heelRep).equals(x.findElement(By.id("rep-curve")).getAttribute("data-rep")));
      assertThat(new Select(b.findElement(By.id("curve-rep"))).getFirstSelectedOption().getText())
          .contains(RepFlag.HEEL_LOADED_AT_TOP.plainWords());
      double loaded = chartTopHeelPercent(chromium);
      chromium.shot("report-curve-heel-loaded.png");
      new Select(b.findElement(By.id("curve-rep"))).selectByIndex(0); // rep 1: counted
      wait.until(x -> "1-1".equals(x.findElement(By.id("rep-curve")).getAttribute("data-rep")));
      double valid = chartTopHeelPercent(chromium);
      chromium.shot("report-curve-valid.png");
      log.info("chart: heel share at the top {} % (heel loaded) vs {} % (counted)", loaded, valid);
      assertThat(loaded).as("heel-loaded rep, % at the top").isGreaterThan(valid + 10);
    }
  }

  /** The drawn heel-share series' highest value in the hold (3.5-5 s from the start), in %. */
  private static double chartTopHeelPercent(HeadlessChromium chromium) {
    Object v =
        chromium.js(
            "const u = window.plantarisCharts.repCurve; let m = 0;"
                + " u.data[0].forEach((t, i) => { const y = u.data[1][i];"
                + " if (t >= 3.5 && t <= 5 && y !== null) m = Math.max(m, y); }); return m;");
    return ((Number) v).doubleValue();
  }

  /** Mean of a series over the rep's hold (its top), from the rep's own phase times. */
  /**
   * Mean over the middle half of the hold: the hold between the marks includes the slow end of the
   * rise and start of the lowering, and a heel-loaded rep's heel comes down in its middle.
   */
  private static double topMean(JsonNode rep, String series) {
    long hold = rep.get("holdMillis").asLong();
    long from = rep.get("upMillis").asLong() + hold / 4;
    long to = from + hold / 2;
    return mean(rep.get("curve"), series, from, to);
  }

  /** Pitch at the end of the up phase minus pitch before the rise. */
  private static double pitchRise(JsonNode rep) {
    long up = rep.get("upMillis").asLong();
    JsonNode c = rep.get("curve");
    return mean(c, "pitchDeg", up - 300, up + 300) - mean(c, "pitchDeg", -500, -100);
  }

  private static double mean(JsonNode curve, String series, long fromMillis, long toMillis) {
    double sum = 0;
    int n = 0;
    JsonNode t = curve.get("tMillis");
    JsonNode v = curve.get(series);
    for (int i = 0; i < t.size(); i++) {
      long ms = t.get(i).asLong();
      if (ms >= fromMillis && ms <= toMillis && !v.get(i).isNull()) {
        sum += v.get(i).asDouble();
        n++;
      }
    }
    assertThat(n).as("%s values in [%d, %d] ms", series, fromMillis, toMillis).isPositive();
    return sum / n;
  }
}
