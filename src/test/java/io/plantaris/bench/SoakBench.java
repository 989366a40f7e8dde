package io.plantaris.bench;

import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.loadgen.LoadRun;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Soak: the service (all-in-one jar, embedded broker, nothing stored) in its own JVM, N virtual
 * insoles streaming at 100 Hz over MQTT, and once a minute the service's resident memory, heap
 * after a full GC, open file descriptors, threads and the broker's disk (data and allocated). A
 * benchmark, not a test: it prints figures. Arguments: insoles, minutes, broker persistence ({@code
 * in-memory}, the default, or {@code file}). Build the jar first:
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.plantaris.bench.SoakBench -Dexec.args="500 120"
 * </pre>
 */
public final class SoakBench {
  private static final Path JAR = Path.of("target", "plantaris.jar");

  private SoakBench() {}

  public static void main(String[] args) throws Exception {
    int insoles = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String persistence = args.length > 2 ? args[2] : "in-memory";
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " missing: mvn -B -q package -DskipTests first");
    }
    Path dir = Files.createTempDirectory("plantaris-soak");
    // a copy: a build rewriting target/ during a long soak would pull classes from under it
    Path jar = Files.copy(JAR, dir.resolve("plantaris.jar"));
    int http = freePort();
    int broker = freePort();
    Path yaml = dir.resolve("soak.yaml");
    Files.writeString(
        yaml,
        String.join(
            "\n",
            "http: {host: 127.0.0.1, port: " + http + "}",
            "broker: {embedded: true, bind: 127.0.0.1, port: " + broker + ",",
            "  persistence: " + persistence + ", dataDir: '" + dir.resolve("broker") + "'}",
            "mqtt: {host: 127.0.0.1, port: " + broker + "}",
            "store: {type: 'off'}",
            ""));
    System.out.printf(
        "soak: %d insoles, %d min, broker persistence %s, %s%n",
        insoles, minutes, persistence, Machine.describe());
    Process service =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-jar",
                jar.toString(),
                "--data",
                dir.toString(),
                "run",
                "--config",
                yaml.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("service.log").toFile())
            .start();
    ExecutorService load = Executors.newSingleThreadExecutor();
    try {
      URI base = URI.create("http://127.0.0.1:" + http);
      awaitUp(base);
      long pid = service.pid();
      LoadRun run =
          new LoadRun(
              MqttPublisherConfig.of(MqttEndpoint.plain("127.0.0.1", broker)),
              base,
              insoles,
              minutes * 60L,
              25,
              "soak",
              line -> {});
      long t0 = System.nanoTime();
      Future<LoadRun.Result> result = load.submit(run::run);
      System.out.println(
          "soak: min  RSS MB  heap-after-GC MB  fds  threads  broker data MB  broker alloc MB");
      for (int m = 0; m <= minutes; m++) {
        long due = t0 + TimeUnit.MINUTES.toNanos(m);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        Path brokerDir = dir.resolve("broker");
        System.out.printf(
            Locale.ROOT,
            "soak: %3d  %6d  %16d  %3d  %7d  %14.1f  %15.1f%n",
            m,
            status(pid, "VmRSS:") / 1024,
            heapAfterGcMb(pid),
            count(Path.of("/proc", Long.toString(pid), "fd")),
            status(pid, "Threads:"),
            apparentBytes(brokerDir) / 1e6,
            allocatedKb(brokerDir) / 1e3);
      }
      try {
        System.out.println(result.get().report());
      } catch (java.util.concurrent.ExecutionException e) {
        System.out.println("soak: the load run failed: " + e.getCause());
      }
    } finally {
      load.shutdownNow();
      service.destroy();
      if (!service.waitFor(30, TimeUnit.SECONDS)) {
        service.destroyForcibly();
      }
      System.out.println("soak: service log in " + dir.resolve("service.log"));
    }
    System.exit(0); // the fleet's MQTT clients keep threads alive
  }

  private static void awaitUp(URI base) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(base.resolve("/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 || r.statusCode() == 503) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("service did not come up in 120 s");
  }

  private static long status(long pid, String key) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith(key)) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  /** Heap in use after a full GC, from {@code jcmd GC.run} then {@code GC.heap_info}. */
  private static long heapAfterGcMb(long pid) throws Exception {
    jcmd(pid, "GC.run");
    for (String line : jcmd(pid, "GC.heap_info")) {
      int used = line.indexOf(" used ");
      if (line.contains("total") && used > 0) {
        String n = line.substring(used + 6).trim().split("K")[0];
        return Long.parseLong(n) / 1024;
      }
    }
    return -1;
  }

  private static List<String> jcmd(long pid, String command) throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid),
                command)
            .redirectErrorStream(true)
            .start();
    List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
    p.waitFor(30, TimeUnit.SECONDS);
    return lines;
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  private static long apparentBytes(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  return 0; // a file the broker removed while we walked
                }
              })
          .sum();
    }
  }

  private static long allocatedKb(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).trim();
    p.waitFor(30, TimeUnit.SECONDS);
    return Long.parseLong(out.split("\\s+")[0]);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
