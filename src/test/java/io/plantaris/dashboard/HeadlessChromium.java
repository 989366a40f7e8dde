package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver (never Selenium Manager), with a fresh
 * profile; fails under CI when it is not installed, skips otherwise.
 */
public final class HeadlessChromium implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target/screenshots");

  public final ChromeDriver driver;

  public HeadlessChromium(Path profile, int width, int height) throws Exception {
    this(profile, width, height, null, null);
  }

  /**
   * The same with the browser's language list (e.g. "nb-NO,nb", null: the system's) and time zone
   * (e.g. "Europe/Oslo", null: the system's), as a patient's phone would set them.
   */
  public HeadlessChromium(Path profile, int width, int height, String languages, String timeZone)
      throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String msg = "chromium and chromium-driver are not installed (bash .ci/deps installs them)";
      if (System.getenv("CI") != null) {
        fail(msg);
      }
      Assumptions.abort(msg);
    }
    // never let Selenium Manager look for (or download) a driver: use Debian's
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createDirectories(profile));
    if (languages != null) {
      o.addArguments("--lang=" + languages.split(",")[0]);
      o.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
    }
    ChromeDriverService.Builder builder =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort();
    if (timeZone != null) {
      builder.withEnvironment(Map.of("TZ", timeZone)); // chromium takes its zone from TZ
    }
    ChromeDriverService service = builder.build();
    driver = new ChromeDriver(service, o);
    Files.createDirectories(SHOTS);
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** A screenshot of the whole page (the window grown to the page's height) under SHOTS. */
  void shot(String name) throws Exception {
    Number h = (Number) js("return document.documentElement.scrollHeight");
    var size = driver.manage().window().getSize();
    driver
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(size.width, Math.min(4000, h.intValue() + 40)));
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(size);
  }

  /** Bytes transferred for the page and its files, and its first contentful paint. */
  record PageFigures(
      long htmlBytes, long assetBytes, long decodedBytes, double fcpMillis, String files) {
    long totalBytes() {
      return htmlBytes + assetBytes;
    }
  }

  /**
   * The figures of the current page, from the browser's performance entries; API calls excluded.
   */
  PageFigures figures() {
    Map<?, ?> t =
        (Map<?, ?>)
            js(
                "const n = performance.getEntriesByType('navigation')[0];"
                    + "const res = performance.getEntriesByType('resource')"
                    + ".filter(r => r.name.includes('/assets/'));"
                    + "const fcp = performance.getEntriesByName('first-contentful-paint')[0];"
                    + "return {html: n.transferSize,"
                    + " assets: res.reduce((a, r) => a + r.transferSize, 0),"
                    + " decoded: n.decodedBodySize + res.reduce((a, r) => a + r.decodedBodySize, 0),"
                    + " fcp: fcp ? fcp.startTime : -1,"
                    + " files: res.map(r => r.name.replace(/^.*\\/assets\\//, '')).join(' ')};");
    return new PageFigures(
        ((Number) t.get("html")).longValue(),
        ((Number) t.get("assets")).longValue(),
        ((Number) t.get("decoded")).longValue(),
        ((Number) t.get("fcp")).doubleValue(),
        (String) t.get("files"));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
