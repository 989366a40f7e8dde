package io.plantaris.bench;

import io.plantaris.dashboard.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One patient's live page in Debian's headless Chromium with the latency probe on ({@code
 * ?latency=1}); {@link #drain} takes the arrival-to-frame latencies recorded since the last call.
 */
final class LatencyPage implements AutoCloseable {
  private final HeadlessChromium chrome;
  private final ChromeDriver browser;

  LatencyPage(String base, String patient, Path profile) throws Exception {
    chrome = new HeadlessChromium(profile, 1100, 720);
    browser = chrome.driver;
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get(base + "/login");
    browser.findElement(By.id("user")).sendKeys(LatencyStack.USER);
    browser.findElement(By.id("password")).sendKeys(LatencyStack.PASSWORD);
    browser.findElement(By.id("submit")).click();
    wait.until(b -> !b.getCurrentUrl().endsWith("/login"));
    browser.get(base + "/live?patient=" + patient + "&latency=1");
    wait.until(b -> b.findElement(By.id("status")).getText().equals("live"));
  }

  /** Latencies (ms) of every sample drawn since the last call. */
  List<Long> drain() {
    Object r =
        ((JavascriptExecutor) browser)
            .executeScript("return (window.__plantarisLatency || []).splice(0);");
    List<Long> out = new ArrayList<>();
    for (Object o : (List<?>) r) {
      out.add(((Number) o).longValue());
    }
    return out;
  }

  @Override
  public void close() {
    chrome.close();
  }
}
