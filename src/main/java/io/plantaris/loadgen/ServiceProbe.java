package io.plantaris.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.TreeMap;

/**
 * Reads what the service under load says about itself: its {@code /health} counters, the verdict
 * latency histogram from {@code /metrics}, and its resident memory and CPU time from {@code /proc}
 * (same machine).
 */
final class ServiceProbe {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final ObjectMapper json = new ObjectMapper();

  ServiceProbe(URI base) {
    this.base = base;
  }

  JsonNode health() throws IOException, InterruptedException {
    return json.readTree(get("/health"));
  }

  /** Cumulative verdict-latency bucket counts by upper bound in seconds. */
  TreeMap<Double, Long> latencyBuckets() throws IOException, InterruptedException {
    TreeMap<Double, Long> buckets = new TreeMap<>();
    for (String line : get("/metrics").split("\n")) {
      if (line.startsWith("plantaris_verdict_latency_seconds_bucket{")) {
        int le = line.indexOf("le=\"") + 4;
        String bound = line.substring(le, line.indexOf('"', le));
        double upper = "+Inf".equals(bound) ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
        buckets.put(upper, (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
      }
    }
    return buckets;
  }

  /** The q-quantile in milliseconds of the latencies recorded between two bucket snapshots. */
  static double quantileMillis(
      TreeMap<Double, Long> before, TreeMap<Double, Long> after, double q) {
    long total = after.lastEntry().getValue() - before.getOrDefault(after.lastKey(), 0L);
    if (total == 0) {
      return Double.NaN;
    }
    double rank = q * total;
    double lower = 0;
    long below = 0;
    for (var e : after.entrySet()) {
      long cum = e.getValue() - before.getOrDefault(e.getKey(), 0L);
      if (cum >= rank) {
        double upper = e.getKey().isInfinite() ? lower : e.getKey();
        double within = cum == below ? 0 : (rank - below) / (cum - below);
        return (lower + (upper - lower) * within) * 1000;
      }
      lower = e.getKey();
      below = cum;
    }
    return lower * 1000;
  }

  static long residentKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IOException("no VmRSS for pid " + pid);
  }

  /** User plus system CPU time of {@code pid} in seconds (clock ticks of 1/100 s on Linux). */
  static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    return r.body();
  }
}
