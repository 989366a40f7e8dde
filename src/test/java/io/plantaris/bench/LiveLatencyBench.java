package io.plantaris.bench;

import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.loadgen.LoadRun;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live bar: from a sample reaching the service to the patient's page having drawn it, p99 under
 * 150 ms with 20 insoles streaming at 100 Hz over MQTT. Starts the service (embedded broker,
 * dashboard on, store off), streams the virtual fleet, watches {@code pages} patients' live pages
 * in headless Chromium and reports the latency of every sample drawn after the warm-up.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.plantaris.bench.LiveLatencyBench -Dexec.args="60 1"
 * </pre>
 *
 * Arguments: streaming seconds (default 60), pages (default 1), insoles (default 20).
 */
public final class LiveLatencyBench {
  private static final Logger log = LoggerFactory.getLogger(LiveLatencyBench.class);
  private static final String PREFIX = "lat";

  /** Insoles start spread over 8 s (VirtualFleet), plus JIT warm-up: not counted. */
  private static final long WARMUP_MILLIS = 12_000;

  /** The bar the issue sets, in ms. */
  private static final long P99_BAR_MILLIS = 150;

  private LiveLatencyBench() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int pages = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int insoles = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Path dir = Files.createTempDirectory("plantaris-latency");
    List<Long> ms = new ArrayList<>();
    LoadRun.Result load;
    try (LatencyStack stack = new LatencyStack(dir, PREFIX, insoles)) {
      List<LatencyPage> open = new ArrayList<>();
      try {
        for (int p = 1; p <= pages; p++) {
          String patient = LatencyStack.patient(p);
          open.add(new LatencyPage(stack.base, patient, dir.resolve("chrome-" + patient)));
        }
        MqttPublisherConfig mqtt =
            MqttPublisherConfig.of(MqttEndpoint.plain("127.0.0.1", stack.brokerPort));
        LoadRun run =
            new LoadRun(mqtt, URI.create(stack.base), insoles, seconds, 5, PREFIX, log::info);
        CompletableFuture<LoadRun.Result> running = CompletableFuture.supplyAsync(() -> call(run));
        long countFrom = System.currentTimeMillis() + WARMUP_MILLIS;
        while (!running.isDone()) {
          Thread.sleep(1000);
          boolean counting = System.currentTimeMillis() >= countFrom;
          for (LatencyPage page : open) {
            List<Long> got = page.drain();
            if (counting) {
              ms.addAll(got);
            }
          }
        }
        load = running.join();
      } finally {
        open.forEach(LatencyPage::close);
      }
    }
    log.info(load.report());
    log.info(summary(ms, insoles, pages, seconds));
  }

  static String summary(List<Long> ms, int insoles, int pages, int seconds) {
    if (ms.isEmpty()) {
      return "live latency: no sample was drawn after the warm-up";
    }
    Collections.sort(ms);
    long p99 = pct(ms, 0.99);
    return String.format(
        Locale.ROOT,
        "live latency (service arrival -> page frame), %d insoles at 100 Hz, %d page(s), %d s"
            + " (first %d s not counted): %d samples drawn, p50 %d ms, p95 %d ms, p99 %d ms,"
            + " max %d ms -> p99 %s %d ms; machine: %s",
        insoles,
        pages,
        seconds,
        WARMUP_MILLIS / 1000,
        ms.size(),
        pct(ms, 0.5),
        pct(ms, 0.95),
        p99,
        ms.get(ms.size() - 1),
        p99 < P99_BAR_MILLIS ? "UNDER" : "OVER",
        P99_BAR_MILLIS,
        Machine.describe());
  }

  /** Nearest-rank percentile of a sorted list. */
  static long pct(List<Long> sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static LoadRun.Result call(LoadRun run) {
    try {
      return run.run();
    } catch (Exception e) {
      throw new IllegalStateException("load run failed", e);
    }
  }
}
