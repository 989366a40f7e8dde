package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.access.Totp;
import io.plantaris.access.jdbc.JdbcUserStore;
import io.plantaris.registry.jdbc.TestRegistry;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The open-redirect attack of issue 14 in a real browser: a login link whose {@code next} the
 * browser would read as another host keeps the user on Plantaris, and the attempt is counted and
 * audited; a same-site {@code next} still leads back where the user was going.
 */
class LoginRedirectIT {
  @TempDir Path dir;
  DashboardFixture f;
  HeadlessChromium chromium;

  @BeforeEach
  void start() throws Exception {
    chromium = new HeadlessChromium(dir.resolve("chrome"), 1000, 800);
    f = new DashboardFixture(dir);
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

  void logIn(String user) {
    var b = chromium.driver;
    b.findElement(By.id("user")).sendKeys(user);
    b.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
    b.findElement(By.id("submit")).click();
  }

  @Test
  void aNextThatTheBrowserReadsAsAnotherHostStaysOnTheSite() throws Exception {
    var b = chromium.driver;
    WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
    String[] attacks = {"/%5Cevil.example", "/%09/evil.example", "//evil.example", "/%2F%2Fevil"};
    for (String next : attacks) {
      b.manage().deleteAllCookies();
      b.get(f.base + "/login?next=" + next);
      assertThat(b.getCurrentUrl()).isEqualTo(f.base + "/login");
      logIn("ann");
      wait.until(x -> x.getCurrentUrl().endsWith("/live"));
      assertThat(b.getCurrentUrl()).as(next).isEqualTo(f.base + "/live");
    }
    assertThat(Refusals.count(f.base, "offsite_next")).isEqualTo(attacks.length);
    assertThat(f.audit())
        .contains(
            "action=request patient=- what=/login?next=/\\evil.example "
                + "outcome=denied:_off-site_next")
        .contains("what=/login?next=/_/evil.example outcome=denied:_off-site_next");
  }

  @Test
  void theScriptRefusesAnOffSiteNextEvenWhenTheServerIsBypassed() throws Exception {
    var b = chromium.driver;
    WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
    // a fragment never reaches the server: the page's own check must hold on its own
    b.get(f.base + "/login");
    String decided =
        (String)
            chromium.js(
                "return ['/%5Cevil.example', '/\\t/evil.example', '/\\\\evil.example',"
                    + " '//evil.example', 'https://evil.example', '/clinician/patient?id=p1']"
                    + ".map(safeNext).join(' ')");
    assertThat(decided).isEqualTo("/ / / / / /clinician/patient?id=p1");
    // and a same-site next is followed after the login
    b.get(f.base + "/clinician/patient?id=p1");
    wait.until(x -> x.getCurrentUrl().contains("/login?next="));
    logIn("cara");
    wait.until(x -> x.getCurrentUrl().endsWith("/clinician/patient?id=p1"));
    assertThat(b.getCurrentUrl()).isEqualTo(f.base + "/clinician/patient?id=p1");
  }

  @Test
  void anEnrolledClinicianIsAskedForTheCodeOnTheLoginPage() throws Exception {
    String secret = Totp.newSecret();
    new JdbcUserStore(TestRegistry.at(f.config.registryFile()).database())
        .update("cara", u -> u.withTotpSecret(secret));
    var b = chromium.driver;
    WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
    b.get(f.base + "/clinician");
    assertThat(b.findElement(By.id("code-label")).isDisplayed()).isFalse();
    logIn("cara");
    wait.until(x -> x.findElement(By.id("code-label")).isDisplayed());
    assertThat(b.findElement(By.id("error")).getText())
        .isEqualTo("enter the 6-digit code of your authenticator app");
    b.findElement(By.id("code"))
        .sendKeys(Totp.code(secret, System.currentTimeMillis() / 1000 / Totp.STEP_SECONDS));
    b.findElement(By.id("submit")).click();
    wait.until(x -> x.getCurrentUrl().equals(f.base + "/clinician"));
    assertThat(b.getCurrentUrl()).isEqualTo(f.base + "/clinician");
    assertThat(f.audit())
        .contains(
            "user=cara role=clinician action=login patient=- what=127.0.0.1 "
                + "outcome=failed:_code_needed")
        .contains("user=cara role=clinician action=login patient=- what=127.0.0.1 outcome=allowed");
  }
}
