package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.IngestConfig;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service restarts while the patient's live page is open on her phone: the page says the
 * service is unreachable and that it reconnects, then either streams again or, when her login did
 * not survive the restart, sends her to the login page saying so, and after logging in she is back
 * on the live page.
 */
class LiveReconnectIT {
  private static final Logger log = LoggerFactory.getLogger(LiveReconnectIT.class);

  @TempDir Path dir;

  @Test
  void unreachableThenReconnectedOrAskedToLogInAgain() throws Exception {
    DashboardFixture f = new DashboardFixture(dir);
    int port = URI.create(f.base).getPort();
    PlantarisService again = null;
    try (HeadlessChromium c =
        new HeadlessChromium(dir.resolve("chrome"), 390, 844, "en-GB,en", null)) {
      c.driver.executeCdpCommand( // a real 390 px phone: a headless window stays >= 500 px
          "Emulation.setDeviceMetricsOverride",
          java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
      WebDriver b = c.driver;
      WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(30));
      b.get(f.base + "/live");
      b.findElement(By.id("user")).sendKeys("ann");
      b.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
      b.findElement(By.id("submit")).click();
      wait.until(x -> text(x, "status").equals("live"));

      f.service.close();
      wait.until(x -> text(x, "status").equals("Service unreachable: reconnecting…"));
      assertThat(text(b, "insole-state")).isEqualTo("Service unreachable: reconnecting…");
      c.shot("live-reconnect-unreachable.png");

      again =
          PlantarisService.start(
              new ServiceConfig(
                  null,
                  null,
                  List.of(),
                  null,
                  IngestConfig.defaults(),
                  "127.0.0.1",
                  port,
                  null,
                  f.config),
              List.of());
      wait.until(
          x -> text(x, "status").equals("live") || x.getCurrentUrl().contains("/login?next="));
      if (b.getCurrentUrl().contains("/login")) {
        log.info("after the restart the login was gone: the page sent her to log in again");
        wait.until(x -> text(x, "notice").equals("Your login has ended: log in again."));
        c.shot("live-reconnect-login.png");
        b.findElement(By.id("user")).sendKeys("ann");
        b.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
        b.findElement(By.id("submit")).click();
        wait.until(x -> x.getCurrentUrl().endsWith("/live"));
      } else {
        log.info("after the restart her login held: the page streams again");
      }
      wait.until(x -> text(x, "status").equals("live"));
      assertThat(text(b, "insole-state")).isEqualTo("No insole connected: switch it on");
      c.shot("live-reconnect-live.png");
    } finally {
      if (again != null) {
        again.close();
      }
    }
  }

  private static String text(WebDriver b, String id) {
    try {
      return b.findElement(By.id(id)).getText();
    } catch (org.openqa.selenium.NoSuchElementException
        | org.openqa.selenium.StaleElementReferenceException gone) {
      return "";
    }
  }
}
