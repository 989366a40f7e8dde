package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RmSignal;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.programme.SetOutcome;
import io.plantaris.registry.jdbc.TestRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page in Norwegian and in English, chosen by the browser's language, in the browser's own
 * time zone (Europe/Oslo, an hour off the service's UTC): login, the clinician's list, one patient
 * with her charts, a session report, the live page and the patient's own history; no dictionary key
 * and no English word left on a Norwegian page. The next-morning question is asked on the day after
 * a session, on any device, until answered. Screenshots at 390x844 (a real 390 px viewport, set
 * over CDP) and 1280x900.
 */
class PagesLanguageIT {
  static final String OSLO = "Europe/Oslo";

  /** A dictionary key that leaked: camelCase (painMorning) or a {0} left unfilled. */
  static final Pattern KEY = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b|\\{\\d\\}");

  /** English words that must not be on a Norwegian page (names and rule ids are taken out). */
  static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(the|of|and|at|every|reps?|sessions?|loading|log (in|out)|patients?|valid|weeks?"
              + "|days?|counted|pain|decision|report|back|today|keep|reduce|add|rest|sets?|user"
              + "|password|prescribed|missed|heel|needs|attention|faults|load|tempo kept|target"
              + "|next step|single-leg|two-legged)\\b",
          Pattern.CASE_INSENSITIVE);

  @TempDir Path dir;
  DashboardFixture f;
  ClinicianHistory history;

  @BeforeEach
  void start() throws Exception {
    f = new DashboardFixture(dir, true);
    history = new ClinicianHistory(Instant.now());
    StoreWait.write(f, history);
  }

  @AfterEach
  void stop() {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void everyPageInTheBrowsersLanguageAndZone() throws Exception {
    pages("en-GB,en", "en");
    // her session yesterday evening, Oslo time: today the pages ask about this morning
    Instant yesterday =
        ZonedDateTime.now(ZoneId.of(OSLO)).minusDays(1).withHour(18).withMinute(0).toInstant();
    TestRegistry.at(f.config.registryFile())
        .addSession(
            new SessionOutcome(
                "s-yesterday",
                "p1",
                yesterday,
                List.of(new SetOutcome(1, 12, 12, 0.9, 0, RmSignal.DEGRADED))));
    Browserless phone = new Browserless(f.base); // her other device
    assertThat(phone.login("ann", DashboardFixture.PASSWORD).statusCode()).isEqualTo(200);
    String morning = "/api/patients/p1/morning?zone=" + OSLO;
    assertThat(phone.get(morning).body()).contains("\"due\":true");
    assertThat(phone.get("/api/patients/p1/morning?zone=Pacific/Kiritimati").statusCode())
        .isEqualTo(200);
    pages("nb-NO,nb", "nb");
    assertThat(phone.get(morning).body())
        .as("answered on one device: gone on the other")
        .contains("\"due\":false");
  }

  private void pages(String languages, String lang) throws Exception {
    boolean nb = lang.equals("nb");
    try (HeadlessChromium c =
        new HeadlessChromium(dir.resolve("chrome-" + lang), 390, 844, languages, OSLO)) {
      viewport(c, 390, 844, true); // headless Chromium keeps a window at least 500 px wide
      WebDriver b = c.driver;
      WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(20));
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
      assertThat(c.js("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo(OSLO);

      b.get(f.base + "/clinician");
      wait.until(x -> x.findElement(By.id("submit")).getText().equals(nb ? "Logg inn" : "Log in"));
      assertThat(text(b, "login")).contains(nb ? "Passord" : "Password");
      assertThat(b.getTitle()).isEqualTo(nb ? "Plantaris – logg inn" : "Plantaris – log in");
      check(c, lang, "login");
      login(b, wait, "cara");

      wait.until(x -> !x.findElements(By.cssSelector("#patients tbody tr")).isEmpty());
      assertThat(text(b, "patients"))
          .contains(nb ? "Trenger oppmerksomhet" : "Needs attention")
          .contains(nb ? "uteblitte økter: " : "missed sessions: ")
          .contains(nb ? "en beslutning venter på din vurdering: reduser med 2 kg" : "reduce by 2");
      check(c, lang, "clinician");

      b.get(f.base + "/clinician/patient?id=p1");
      wait.until(x -> c.js("return window.plantarisCharts && window.plantarisCharts.pain") != null);
      wait.until(x -> !x.findElements(By.cssSelector("#session-list a")).isEmpty());
      wait.until(x -> !x.findElements(By.cssSelector(".decision li")).isEmpty());
      assertThat(b.findElement(By.tagName("main")).getText())
          .contains(nb ? "Progresjonsbeslutninger" : "Progression decisions")
          .contains(nb ? "Repetisjoner per uke" : "Reps per week")
          .contains(
              nb
                  ? "hælbelastning i 12 av 36 repetisjoner (33%, grense 25%): reduser med 2 kg til"
                      + " 4 kg og jobb med kontrollen"
                  : "heel loading in 12 of 36 reps");
      // the week starts drawn at local midnight, the axis worded in the page's language
      assertThat(
              c.js(
                  "return plantarisCharts.reps.data[0].every(x => new Date(x * 1000).getHours() === 0"
                      + " && new Date(x * 1000).getDay() === 1)"))
          .as("every week starts on a Monday at local midnight")
          .isEqualTo(true);
      String ticks = String.valueOf(c.js("return plantarisCharts.reps.axes[0]._values.join('|')"));
      assertThat(ticks)
          .as("the x axis' dates")
          .containsPattern(
              nb
                  ? "\\d{1,2}\\. (jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)"
                  : "\\d{1,2} [A-Z]");
      // the newest session (09:00 UTC) in the list at its Oslo time
      long newest = history.sessions.get("p1").get(history.sessions.get("p1").size() - 1);
      String local =
          Attention.at(newest).atZone(ZoneId.of(OSLO)).format(DateTimeFormatter.ofPattern("HH:mm"));
      assertThat(local).isEqualTo("10:00");
      assertThat(text(b, "session-list")).contains(local).doesNotContain("09:00");
      check(c, lang, "patient");

      b.findElements(By.cssSelector("#session-list a")).get(0).click();
      wait.until(x -> !x.findElements(By.cssSelector("#reps tbody tr")).isEmpty());
      assertThat(b.findElement(By.id("title")).getText()).contains(local);
      assertThat(text(b, "body"))
          .contains(nb ? "Progresjonsbeslutning" : "Progression decision")
          .contains(
              nb ? "telte ikke: for fort på vei opp" : "did not count: too fast on the way up")
          .contains(nb ? "under: 4 av 10" : "during: 4 of 10")
          .contains(
              nb
                  ? "godkjent, ikke sjekket: holdet på toppen (for nær grensen til å avgjøre)"
                  : "counted, not checked: the hold at the top (too close to the limit to tell)");
      check(c, lang, "report");
      b.findElement(By.id("logout")).click();
      wait.until(x -> x.getCurrentUrl().endsWith("/login"));

      b.get(f.base + "/live");
      login(b, wait, "ann");
      wait.until(x -> text(x, "done").equals(nb ? "Jeg er ferdig" : "I'm done"));
      wait.until(x -> text(x, "status").equals(nb ? "direkte" : "live"));
      assertThat(text(b, "insole-state"))
          .isEqualTo(nb ? "Ingen såle tilkoblet: slå den på" : "No insole connected: switch it on");
      assertThat(text(b, "rate")).as("no debug figures for a patient").isEmpty();
      if (nb) {
        wait.until(x -> !x.findElements(By.id("pain-next-morning")).isEmpty());
        assertThat(text(b, "pain")).contains("Smerte i morges, ved de første skrittene?");
      }
      check(c, lang, "live");
      if (nb) {
        b.findElement(By.cssSelector("#pain-next-morning button[data-score='2']")).click();
        wait.until(x -> x.findElements(By.id("pain-next-morning")).isEmpty());
        b.navigate().refresh();
        wait.until(x -> text(x, "done").equals("Jeg er ferdig"));
        Thread.sleep(500); // the question, if it were due, is asked right after the page starts
        assertThat(b.findElements(By.id("pain-next-morning")))
            .as("answered: not asked again")
            .isEmpty();
      }

      b.findElement(By.id("history")).click();
      wait.until(x -> x.getCurrentUrl().endsWith("/history"));
      wait.until(x -> !x.findElements(By.cssSelector("article.session")).isEmpty());
      assertThat(b.findElement(By.tagName("h1")).getText())
          .isEqualTo(nb ? "Mine økter" : "My sessions");
      assertThat(b.findElements(By.cssSelector("main button")))
          .as("no clinician controls")
          .isEmpty();
      String newestCard = b.findElements(By.cssSelector("article.session")).get(0).getText();
      assertThat(newestCard)
          .contains(local)
          .contains(nb ? "Neste steg" : "Next step")
          .contains(nb ? "reduser med 2 kg" : "reduce by 2 kg")
          .contains(nb ? "under 4/10" : "during 4/10");
      check(c, lang, "history");
    }
  }

  /** No leaked keys (nor, in Norwegian, English words) on the page; screenshots at both sizes. */
  private void check(HeadlessChromium c, String lang, String page) throws Exception {
    String shown =
        String.valueOf(c.js("return document.title + '\\n' + document.body.innerText"))
            .replace("Patient One", "")
            .replace("Dr One", "")
            .replaceAll("R-[A-Z-]+", ""); // rule ids are codes, not words
    Matcher key = KEY.matcher(shown);
    assertThat(key.find()).as("dictionary key on /%s (%s): %s", page, lang, shown).isFalse();
    if (lang.equals("nb")) {
      Matcher en = ENGLISH.matcher(shown);
      assertThat(en.find())
          .as("English on the Norwegian /%s: '%s' in %s", page, en.find(0) ? en.group() : "", shown)
          .isFalse();
    }
    Object wide =
        c.js(
            "return [...document.querySelectorAll('body *')].filter(e =>"
                + " e.getBoundingClientRect().right > 391 && !e.closest('#reps,#sets,#patients,"
                + "#session-list')).slice(0, 3).map(e => e.tagName + '#' + e.id + '.' + e.className"
                + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
    assertThat(wide).as("elements past the phone's edge on /%s", page).isEqualTo("");
    assertThat(c.js("return window.innerWidth")).isEqualTo(390L);
    Number overflow =
        (Number) c.js("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(overflow.intValue()).as("/%s wider than the phone", page).isLessThanOrEqualTo(0);
    shot(c, 390, true, "pages-" + page + "-" + lang + "-390.png");
    viewport(c, 1280, 900, false);
    Thread.sleep(200); // the charts take the new width
    shot(c, 1280, false, "pages-" + page + "-" + lang + "-1280.png");
    viewport(c, 390, 844, true);
  }

  /** The page's viewport as a phone (mobile) or a desktop browser would have it. */
  private static void viewport(HeadlessChromium c, int width, int height, boolean mobile) {
    c.driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of(
            "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** The whole page at this width: the viewport grown to the page's height for the shot. */
  private static void shot(HeadlessChromium c, int width, boolean mobile, String name)
      throws Exception {
    int h = ((Number) c.js("return document.documentElement.scrollHeight")).intValue();
    viewport(c, width, Math.min(4000, h), mobile);
    java.nio.file.Files.write(
        HeadlessChromium.SHOTS.resolve(name),
        c.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  private static void login(WebDriver b, WebDriverWait wait, String user) {
    wait.until(x -> x.getCurrentUrl().contains("/login"));
    b.findElement(By.id("user")).sendKeys(user);
    b.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
    b.findElement(By.id("submit")).click();
    wait.until(x -> !x.getCurrentUrl().contains("/login"));
  }

  private static String text(WebDriver b, String id) {
    try {
      return b.findElement(By.id(id)).getText();
    } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
      return "";
    }
  }
}
