package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantaris.analysis.RepEvent;
import io.plantaris.dashboard.StoreRows;
import io.plantaris.ingest.mqtt.MqttDevicePublisher;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameDecoder;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.TimedBytes;
import io.plantaris.sim.VirtualInsole;
import io.plantaris.sim.WireRecordingWriter;
import io.plantaris.store.StoreCredentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 15's "service SIGKILL mid-set": the whole service (embedded HiveMQ, embedded QuestDB,
 * spool) runs as a child JVM while {@code -Dplantaris.it.insoles} (default 8) virtual insoles
 * publish a simulated session of three sets over MQTT (QoS 1, persistent sessions) at {@code
 * -Dplantaris.it.speed} (default 4) times real time. In the second set the child is killed with
 * SIGKILL and started again on the same data folders; the insoles buffer and go on. Then pl_rep
 * holds the reps of the offline analysis of the same frames, less the reps not yet judged at the
 * kill (the rep under way, and one that had just ended), each with its offline verdict and time;
 * sets are numbered on (no second set 1), every set has its pl_set row and each person one
 * pl_session row with the totals.
 */
class ServiceKillMidSetIT {
  private static final Logger log = LoggerFactory.getLogger(ServiceKillMidSetIT.class);
  private static final int SETS = 3;
  private static final long TICK_MILLIS = 100;

  /** A stored rep is the offline rep rising within this of it (same device time axis). */
  private static final long MATCH_MICROS = 1_000_000;

  @TempDir Path tmp;
  private final StoreCredentials credentials = StoreCredentials.random("plantaris");
  private final List<Process> children = new ArrayList<>();
  private final List<MqttDevicePublisher> publishers = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    publishers.forEach(MqttDevicePublisher::close);
    for (Process p : children) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    Path logFile = tmp.resolve("service.log");
    if (Files.exists(logFile)) { // both runs of the service, kept for reading after the test
      Files.copy(
          logFile,
          Path.of("target", "ServiceKillMidSetIT-service.log"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void aKilledServiceResumesEverySessionWhereItStood() throws Exception {
    int insoles = Integer.getInteger("plantaris.it.insoles", 8);
    double speed = Double.parseDouble(System.getProperty("plantaris.it.speed", "4"));
    var track =
        VirtualInsole.simulate(Scenario.CLEAN_SET.builder(15).sets(SETS).restMillis(30_000).build())
            .recording()
            .tracks()
            .get(0);
    List<TimedBytes> script = WireRecordingWriter.frames(track, 15);
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    script.forEach(f -> wire.writeBytes(f.bytes()));
    OfflineReps offline = OfflineReps.of(wire.toByteArray());
    Map<Integer, Long> offlineSets =
        offline.reps().stream()
            .collect(
                Collectors.groupingBy(RepEvent::setIndex, TreeMap::new, Collectors.counting()));
    assertThat(offlineSets).as("the offline analysis sees the three sets").hasSize(SETS);
    int perInsole = offline.reps().size();

    int httpPort = PersistentMosquitto.freePort();
    int brokerPort = PersistentMosquitto.freePort();
    int storePort = PersistentMosquitto.freePort();
    Path cfg =
        Files.writeString(
            tmp.resolve("service.yaml"),
            String.join(
                "\n",
                "http: {port: " + httpPort + "}",
                "broker: {port: " + brokerPort + "}",
                "mqtt: {host: 127.0.0.1, port: " + brokerPort + "}",
                "store: {type: embedded, port: " + storePort + "}",
                ""));
    String url = "http://127.0.0.1:" + storePort;
    Process first = startService(cfg, brokerPort);

    Fleet fleet = new Fleet(script, speed);
    MqttPublisherConfig pub = MqttPublisherConfig.of(MqttEndpoint.plain("127.0.0.1", brokerPort));
    fleet.connect(pub, insoles);
    Thread runner = new Thread(fleet::run, "fleet");
    runner.start();

    long set1 = offlineSets.get(1);
    FaultWaits.await(
        "set 1 of every insole stored and reps of set 2 under way",
        () -> count(url, "pl_set") >= insoles && count(url, "pl_rep") >= insoles * (set1 + 3),
        () -> count(url, "pl_set") + " sets, " + count(url, "pl_rep") + " reps");
    long storedAtKill = count(url, "pl_rep");
    assertThat(storedAtKill)
        .as("killed in set 2")
        .isLessThan(insoles * (set1 + offlineSets.get(2)));
    long killNanos = System.nanoTime();
    first.destroyForcibly(); // SIGKILL
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    startService(cfg, brokerPort);
    long downMillis = (System.nanoTime() - killNanos) / 1_000_000;

    runner.join(TimeUnit.MINUTES.toMillis(10));
    FaultWaits.await(
        "every publish settled",
        () -> fleet.acked.get() + fleet.failed.get() == fleet.messages.get(),
        () -> fleet.acked + " acked, " + fleet.failed + " failed of " + fleet.messages);
    long minReps = (long) insoles * (perInsole - 2);
    // the last sets close by the wall clock once their rest has passed with no data (20 s)
    long sets = awaitAtLeast(url, "pl_set", (long) insoles * SETS, 90_000);
    long reps = awaitAtLeast(url, "pl_rep", (long) insoles * perInsole, 30_000);
    awaitAtLeast(url, "pl_session", insoles, 30_000);

    List<JsonNode> repRows =
        query(
            url,
            "SELECT device, timestamp, set_index, rep_index, valid, flags, up_ms, hold_ms, down_ms"
                + " FROM pl_rep ORDER BY device, timestamp");
    List<JsonNode> setRows =
        query(url, "SELECT device, set_index, reps FROM pl_set ORDER BY device, timestamp");
    List<JsonNode> sessionRows = query(url, "SELECT patient, sets, reps FROM pl_session");
    Map<String, List<JsonNode>> repsByDevice = byDevice(repRows);
    Map<String, List<JsonNode>> setsByDevice = byDevice(setRows);

    List<String> wrongVerdicts = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    Map<String, Integer> missing = new TreeMap<>();
    List<Boolean> lostRuns = new ArrayList<>();
    for (String device : fleet.ids) {
      List<JsonNode> stored = repsByDevice.getOrDefault(device, List.of());
      long shift = bestShift(stored, offline.reps());
      List<RepEvent> left = new ArrayList<>(offline.reps());
      for (JsonNode r : stored) {
        long t = micros(r.get("timestamp").asText()) - shift;
        RepEvent match =
            left.stream()
                .filter(o -> Math.abs(o.upStartMicros() - t) <= MATCH_MICROS)
                .findFirst()
                .orElse(null);
        if (match == null) {
          unmatched.add(device + " " + r);
          continue;
        }
        left.remove(match);
        String flags = match.flags().stream().map(Enum::name).sorted().collect(joining());
        String got =
            List.of(r.get("flags").asText("").split(",")).stream()
                .filter(s -> !s.isBlank())
                .sorted()
                .collect(joining());
        if (r.get("valid").asBoolean() != match.valid() || !flags.equals(got)) {
          wrongVerdicts.add(device + " " + OfflineReps.signature(match) + " stored as " + r);
        }
      }
      missing.put(device, left.size());
      lostRuns.add(
          left.size() < 2
              || left.get(1).setIndex() == left.get(0).setIndex()
                  && left.get(1).repIndex() == left.get(0).repIndex() + 1);
      log.info(
          "{} sets {}",
          device,
          setsByDevice.getOrDefault(device, List.of()).stream()
              .map(x -> x.get("set_index").asInt() + ":" + x.get("reps").asInt())
              .toList());
      if (!left.isEmpty()) {
        log.info(
            "{} misses {}",
            device,
            left.stream()
                .map(
                    o ->
                        "set "
                            + o.setIndex()
                            + " rep "
                            + o.repIndex()
                            + " at "
                            + o.upStartMicros() / 100_000 / 10.0
                            + " s")
                .toList());
      }
    }

    log.info(
        "{} insoles x {} reps ({} sets): expected {} reps, stored {} ({} at the kill); service down"
            + " {} ms; missing per insole {}; stored reps without an offline rep {}; wrong"
            + " verdicts {}; pl_set rows {}; pl_session rows {}; fleet acked {} failed {} of {}",
        insoles,
        perInsole,
        SETS,
        (long) insoles * perInsole,
        reps,
        storedAtKill,
        downMillis,
        missing,
        unmatched.size(),
        wrongVerdicts.size(),
        sets,
        sessionRows.size(),
        fleet.acked,
        fleet.failed,
        fleet.messages);
    unmatched.forEach(u -> log.info("unmatched: {}", u));
    wrongVerdicts.forEach(w -> log.info("wrong verdict: {}", w));

    assertThat(fleet.failed.get()).as("publishes the insoles gave up").isZero();
    assertThat(unmatched)
        .as("stored reps with no offline rep at their time (half a rep, or a late stamp)")
        .isEmpty();
    assertThat(wrongVerdicts).as("stored reps judged otherwise than offline").isEmpty();
    // Lost: the rep under way at the kill and, when the kill came within the ~1.5 s between a
    // rep's end and its verdict, that rep too: both only ever lived in the dead process's memory.
    assertThat(missing.values()).as("reps lost per insole").allMatch(m -> m <= 2);
    assertThat(lostRuns).as("reps lost, one run of neighbours per insole").allMatch(r -> r);
    assertThat(reps).isBetween(minReps, (long) insoles * perInsole);
    for (String device : fleet.ids) {
      List<Integer> indexes =
          setsByDevice.getOrDefault(device, List.of()).stream()
              .map(s -> s.get("set_index").asInt())
              .toList();
      assertThat(indexes).as(device + ": sets numbered on, none twice").containsExactly(1, 2, 3);
      List<Integer> setOfReps =
          repsByDevice.get(device).stream().map(r -> r.get("set_index").asInt()).toList();
      assertThat(setOfReps).as(device + ": reps numbered into the same sets").isSorted();
      assertThat(setOfReps).allMatch(indexes::contains);
      long repsInSets =
          setsByDevice.get(device).stream().mapToLong(s -> s.get("reps").asLong()).sum();
      assertThat(repsInSets)
          .as(device + ": the sets count every stored rep")
          .isEqualTo(repsByDevice.get(device).size());
    }
    assertThat(sessionRows).as("one session per person").hasSize(insoles);
    assertThat(sessionRows).allMatch(s -> s.get("sets").asInt() == SETS, "3 sets each");
    assertThat(sessionRows.stream().mapToLong(s -> s.get("reps").asLong()).sum())
        .as("the sessions count every stored rep")
        .isEqualTo(reps);
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(",");
  }

  /** The device-to-wall shift that lines most stored reps up with offline ones. */
  private static long bestShift(List<JsonNode> stored, List<RepEvent> offline) {
    long best = 0;
    int bestHits = -1;
    for (JsonNode s : stored.subList(0, Math.min(3, stored.size()))) {
      for (RepEvent o : offline) {
        long shift = micros(s.get("timestamp").asText()) - o.upStartMicros();
        int hits = 0;
        for (JsonNode r : stored) {
          long t = micros(r.get("timestamp").asText()) - shift;
          hits +=
              offline.stream().anyMatch(x -> Math.abs(x.upStartMicros() - t) <= MATCH_MICROS)
                  ? 1
                  : 0;
        }
        if (hits > bestHits) {
          bestHits = hits;
          best = shift;
        }
      }
    }
    return best;
  }

  private static Map<String, List<JsonNode>> byDevice(List<JsonNode> rows) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                r -> r.get("device").asText(), TreeMap::new, Collectors.toList()));
  }

  /** QuestDB's ISO timestamp with microseconds, as micros since the epoch. */
  private static long micros(String iso) {
    java.time.Instant i = java.time.Instant.parse(iso);
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
  }

  private List<JsonNode> query(String url, String sql) {
    try {
      return StoreRows.query(url, credentials, sql);
    } catch (Exception e) {
      return List.of(); // the service is starting, or the table is not created yet
    }
  }

  private long count(String url, String table) {
    List<JsonNode> rows = query(url, "SELECT count() c FROM " + table);
    return rows.isEmpty() ? 0 : rows.get(0).get("c").asLong();
  }

  /**
   * QuestDB applies each table's WAL on its own: polls until {@code n} rows, and then until the
   * count holds for 2 s (more may still come); the count when the time is up.
   */
  private long awaitAtLeast(String url, String table, long n, long millis) throws Exception {
    long deadline = System.nanoTime() + millis * 1_000_000;
    long last = -1;
    long since = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long c = count(url, table);
      if (c != last) {
        last = c;
        since = System.nanoTime();
      } else if (c >= n && System.nanoTime() - since > 2_000_000_000L) {
        return c;
      }
      Thread.sleep(200);
    }
    return last;
  }

  private Process startService(Path cfg, int brokerPort) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(io.plantaris.cli.PlantarisCli.class.getName());
    cmd.addAll(
        List.of("run", "--config", cfg.toString(), "--data", tmp.resolve("data").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("PLANTARIS_STORE_PASSWORD", credentials.password());
    Process p =
        pb.redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("service.log").toFile()))
            .start();
    children.add(p);
    FaultWaits.await(
        "the service's broker listening",
        () -> p.isAlive() && listening(brokerPort),
        () -> p.isAlive() ? "starting" : "exited " + p.exitValue() + ", see " + tmp);
    return p;
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Virtual insoles publishing one script at {@code speed} times real time, each its own MQTT
   * client (persistent session, offline buffer), started a fraction of a rep cycle apart so that
   * the kill finds them in different phases of a rep.
   */
  private final class Fleet {
    final List<TimedBytes> script;
    final double speed;
    final List<String> ids = new ArrayList<>();
    final List<long[]> next = new ArrayList<>(); // per insole: next frame, start nanos
    final AtomicLong messages = new AtomicLong();
    final AtomicLong acked = new AtomicLong();
    final AtomicLong failed = new AtomicLong();

    Fleet(List<TimedBytes> script, double speed) {
      this.script = script;
      this.speed = speed;
    }

    void connect(MqttPublisherConfig config, int n) throws Exception {
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        String id = String.format("SIM-L-%04d", i + 1);
        MqttDevicePublisher p = new MqttDevicePublisher(config, id);
        p.connect(descriptorFor(script.get(0).bytes(), id), 60_000);
        publishers.add(p);
        ids.add(id);
        next.add(new long[] {1, t0 + (long) (8e9 / speed * i / n)});
      }
    }

    void run() {
      long first = script.get(0).timeMicros();
      boolean more = true;
      while (more) {
        more = false;
        long now = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) {
          long[] s = next.get(i);
          long dueMicros = first + (long) ((now - s[1]) / 1000 * speed);
          ByteArrayOutputStream msg = new ByteArrayOutputStream();
          int count = 0;
          while (s[0] < script.size()
              && script.get((int) s[0]).timeMicros() <= dueMicros
              && count < MqttPublisherConfig.MAX_FRAMES_PER_MESSAGE
              && msg.size() < 6 * 1024) {
            TimedBytes f = script.get((int) s[0]);
            msg.writeBytes(f.descriptor() ? descriptorFor(f.bytes(), ids.get(i)) : f.bytes());
            count++;
            s[0]++;
          }
          if (count > 0) {
            messages.incrementAndGet();
            publishers
                .get(i)
                .publishData(msg.toByteArray())
                .whenComplete((v, e) -> (e == null ? acked : failed).incrementAndGet());
          }
          more |= s[0] < script.size();
        }
        try {
          Thread.sleep(TICK_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private static byte[] descriptorFor(byte[] wire, String deviceId) {
    try {
      Frame f = FrameDecoder.decodeEncoded(wire, 0, wire.length - 1);
      Descriptor mine = ((Descriptor) f.message()).withDeviceId(deviceId);
      return FrameEncoder.encodeWire(Frame.of(f.sequence(), f.deviceTimeMicros(), mine));
    } catch (Exception e) {
      throw new IllegalStateException("unreadable descriptor", e);
    }
  }
}
