package io.plantaris.loadgen;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One load run: connect the fleet, stream for the given time while sampling the service's memory,
 * wait for the service to catch up, then compare what was acknowledged with what the service
 * counted and read the latency histogram.
 */
public final class LoadRun {
  private final MqttPublisherConfig config;
  private final ServiceProbe probe;
  private final int insoles;
  private final long seconds;
  private final long tickMillis;
  private final String prefix;
  private final Consumer<String> progress;

  /** What a run measured. */
  public record Result(
      int insoles,
      long seconds,
      long framesAcked,
      long framesFailed,
      long framesReceived,
      long lostFrames,
      long droppedChunks,
      long decodeErrors,
      long verdicts,
      double p50Millis,
      double p99Millis,
      List<Long> rssKb,
      double cpuPercentPer100Insoles) {

    /** Every acknowledged frame reached the pipeline and none was lost, dropped or corrupt. */
    public boolean lossless() {
      return framesFailed == 0
          && framesReceived == framesAcked + insoles
          && lostFrames == 0
          && droppedChunks == 0
          && decodeErrors == 0;
    }

    public String report() {
      return String.format(
          Locale.ROOT,
          "loadgen: %d insoles x %d s at 100 Hz: frames acked %d (failed %d), received %d "
              + "(+%d descriptors), lost %d, dropped %d, corrupt %d -> %s%n"
              + "loadgen: %d verdicts, sample-to-verdict latency p50 %.1f ms, p99 %.1f ms%n"
              + "loadgen: service RSS (MB, every 10 s) %s%n"
              + "loadgen: service CPU %.1f%% of one core per 100 insoles",
          insoles,
          seconds,
          framesAcked,
          framesFailed,
          framesReceived - insoles,
          insoles,
          lostFrames,
          droppedChunks,
          decodeErrors,
          lossless() ? "ZERO LOSS" : "LOSS",
          verdicts,
          p50Millis,
          p99Millis,
          rssKb.stream().map(k -> Long.toString(k / 1024)).toList(),
          cpuPercentPer100Insoles);
    }
  }

  public LoadRun(
      MqttPublisherConfig config,
      URI service,
      int insoles,
      long seconds,
      long tickMillis,
      String prefix,
      Consumer<String> progress) {
    this.config = config;
    this.probe = new ServiceProbe(service);
    this.insoles = insoles;
    this.seconds = seconds;
    this.tickMillis = tickMillis;
    this.prefix = prefix;
    this.progress = progress;
  }

  public Result run() throws Exception {
    long pid = probe.health().path("pid").asLong();
    TreeMap<Double, Long> bucketsBefore = probe.latencyBuckets();
    LoadScript script = LoadScript.forSeconds(seconds + 10, 7);
    List<Long> rss = new ArrayList<>();
    try (VirtualFleet fleet = new VirtualFleet(script)) {
      fleet.connect(config, prefix, insoles, System.nanoTime() + 1_000_000_000L);
      double cpu0 = ServiceProbe.cpuSeconds(pid);
      long start = System.nanoTime();
      long end = start + seconds * 1_000_000_000L;
      long nextSample = start;
      for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
        fleet.tick(now);
        if (now >= nextSample) {
          rss.add(ServiceProbe.residentKb(pid));
          progress.accept(
              String.format(
                  Locale.ROOT,
                  "loadgen: %3d s  %d frames acked, service RSS %d MB",
                  (now - start) / 1_000_000_000L,
                  fleet.framesAcked.get(),
                  rss.get(rss.size() - 1) / 1024));
          nextSample += 10_000_000_000L;
        }
        Thread.sleep(tickMillis);
      }
      double cpu = ServiceProbe.cpuSeconds(pid) - cpu0;
      long acked = awaitAcks(fleet);
      JsonNode devices = awaitCaughtUp(acked);
      long received = 0;
      long lost = 0;
      long dropped = 0;
      long corrupt = 0;
      for (JsonNode d : devices) {
        received += d.path("framesOk").asLong();
        lost += d.path("lostFrames").asLong();
        dropped += d.path("droppedChunks").asLong();
        for (JsonNode e : d.path("decodeErrors")) {
          corrupt += e.asLong();
        }
      }
      TreeMap<Double, Long> after = probe.latencyBuckets();
      long verdicts =
          after.lastEntry().getValue() - bucketsBefore.getOrDefault(after.lastKey(), 0L);
      return new Result(
          insoles,
          seconds,
          acked,
          fleet.framesFailed.get(),
          received,
          lost,
          dropped,
          corrupt,
          verdicts,
          ServiceProbe.quantileMillis(bucketsBefore, after, 0.5),
          ServiceProbe.quantileMillis(bucketsBefore, after, 0.99),
          rss,
          cpu * 100 / seconds / (insoles / 100.0));
    }
  }

  private static long awaitAcks(VirtualFleet fleet) throws InterruptedException {
    long last = -1;
    for (int stable = 0; stable < 4; ) {
      Thread.sleep(500);
      long now = fleet.framesAcked.get() + fleet.framesFailed.get();
      stable = now == last ? stable + 1 : 0;
      last = now;
    }
    return fleet.framesAcked.get();
  }

  /** Waits until the service has counted every acknowledged frame (or stops changing). */
  private JsonNode awaitCaughtUp(long acked) throws Exception {
    long last = -1;
    JsonNode mine = null;
    for (int stable = 0; stable < 6; ) {
      Thread.sleep(500);
      List<JsonNode> list = new ArrayList<>();
      long received = 0;
      for (JsonNode d : probe.health().path("devices")) {
        if (d.path("device").asText().startsWith(prefix + "-")) {
          list.add(d);
          received += d.path("framesOk").asLong();
        }
      }
      mine = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(list);
      if (received >= acked + insoles) {
        break;
      }
      stable = received == last ? stable + 1 : 0;
      last = received;
    }
    return mine;
  }
}
