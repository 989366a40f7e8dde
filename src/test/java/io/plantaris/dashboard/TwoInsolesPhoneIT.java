package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.ReplaySource;
import io.plantaris.protocol.WireTrackReader;
import io.plantaris.registry.Insole;
import io.plantaris.registry.JsonFileRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Both feet on a 390x844 phone: the left and the right insole's maps side by side, none cut off.
 */
class TwoInsolesPhoneIT {
  static final Path LEFT = Path.of("samples/two-insoles.left.plw");
  static final Path RIGHT = Path.of("samples/two-insoles.right.plw");

  @TempDir Path dir;

  @Test
  void bothFeetFitThePhone() throws Exception {
    try (DashboardFixture f = new DashboardFixture(dir);
        HeadlessChromium c = new HeadlessChromium(dir.resolve("chrome"), 390, 844)) {
      byte[] left = Files.readAllBytes(LEFT);
      byte[] right = Files.readAllBytes(RIGHT);
      JsonFileRegistry registry = new JsonFileRegistry(f.config.registryFile());
      for (byte[] wire : List.of(left, right)) {
        var layout = WireTrackReader.read(wire).track().layout();
        if (!layout.deviceId().equals(f.deviceId)) { // the fixture's insole is the left one
          registry.addInsole(new Insole(layout.deviceId(), "p1", layout.side()));
        }
      }
      var b = c.driver;
      WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(30));
      b.get(f.base + "/live");
      b.findElement(By.id("user")).sendKeys("ann");
      b.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
      b.findElement(By.id("submit")).click();
      wait.until(x -> x.findElement(By.id("status")).getText().equals("live"));
      f.service.ingest().addSource(ReplaySource.ofWire(List.of(left, right), 2));
      wait.until(x -> x.findElements(By.cssSelector("#maps canvas")).size() == 2);
      Thread.sleep(1500); // a few frames drawn
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> boxes =
          (List<Map<String, Object>>)
              c.js(
                  "return [...document.querySelectorAll('#maps figure')].map(e => {"
                      + " const r = e.getBoundingClientRect();"
                      + " return {left: r.left, right: r.right, width: r.width,"
                      + " caption: e.querySelector('figcaption').textContent}; })");
      Number width = (Number) c.js("return window.innerWidth");
      assertThat(boxes).hasSize(2);
      assertThat(boxes.stream().map(m -> (String) m.get("caption")))
          .anyMatch(s -> s.startsWith("left foot"))
          .anyMatch(s -> s.startsWith("right foot"));
      for (Map<String, Object> m : boxes) {
        assertThat(((Number) m.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) m.get("right")).doubleValue())
            .as("%s inside the %s px screen", m.get("caption"), width)
            .isLessThanOrEqualTo(width.doubleValue());
        assertThat(((Number) m.get("width")).doubleValue()).isGreaterThan(120);
      }
      c.js("document.getElementById('maps').scrollIntoView()");
      c.shot("live-two-insoles-390.png");
    }
  }
}
