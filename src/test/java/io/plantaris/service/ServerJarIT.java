package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.health.BuildInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slim server jar, run as a process: no embedded broker or QuestDB inside and serial natives
 * for Linux x86-64 and aarch64 only; a configuration that asks for an embedded part is refused in
 * one line; against a real Mosquitto it becomes ready. Both jars carry the version, LICENSE and the
 * merged third-party NOTICE.
 */
class ServerJarIT {
  static final Path SERVER = Path.of("target/plantaris-server.jar");
  static final Path ALL_IN_ONE = Path.of("target/plantaris.jar");

  /** jSerialComm's, and Kafka's compression codecs' (zstd, lz4, snappy), for the two platforms. */
  private static final Pattern LINUX_NATIVE =
      Pattern.compile(
          "(Linux/(x86_64|armv8_64)|linux/(amd64|aarch64)|net/jpountz/util/linux/(amd64|aarch64)"
              + "|org/xerial/snappy/native/Linux/(x86_64|aarch64))/[^/]+");

  @TempDir Path dir;

  @Test
  void theServerJarLeavesTheEmbeddedPartsAndForeignNativesOut() throws Exception {
    assertThat(SERVER).as("built by mvn package before the ITs").exists();
    List<String> natives = new ArrayList<>();
    try (JarFile jar = new JarFile(SERVER.toFile())) {
      assertThat(jar.getEntry("com/hivemq/embedded/EmbeddedHiveMQ.class")).isNull();
      assertThat(jar.getEntry("io/questdb/ServerMain.class")).isNull();
      assertThat(jar.getEntry("io/plantaris/cli/PlantarisCli.class")).isNotNull();
      jar.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.matches(".*\\.(so|dll|dylib|jnilib)$"))
          .forEach(natives::add);
      assertThat(jar.getManifest().getMainAttributes().getValue("Implementation-Version"))
          .isEqualTo(BuildInfo.version());
    }
    assertThat(natives)
        .isNotEmpty()
        .allMatch(n -> LINUX_NATIVE.matcher(n).matches(), "Linux x86-64 or aarch64");
    assertThat(Files.size(SERVER)).isLessThan(Files.size(ALL_IN_ONE) / 2);
  }

  @Test
  void bothJarsCarryTheLicenceAndTheThirdPartyNotices() throws Exception {
    for (Path p : List.of(SERVER, ALL_IN_ONE)) {
      try (JarFile jar = new JarFile(p.toFile())) {
        String notice = read(jar, "META-INF/NOTICE");
        assertThat(notice).as(p + " NOTICE").contains("Plantaris", "Bouncy Castle", "Netty");
        assertThat(read(jar, "META-INF/LICENSE")).contains("Apache License", "Version 2.0");
      }
    }
  }

  @Test
  void anEmbeddedBrokerIsRefusedInOneLineAndAnExternalOneMakesItReady() throws Exception {
    Run refused = run(List.of("run", "--data", dir.toString()), 60);
    assertThat(refused.exit).as(refused.out).isEqualTo(2);
    assertThat(refused.out.strip().lines().toList())
        .singleElement()
        .asString()
        .contains("no embedded MQTT broker", "broker: {embedded: false}");

    try (PersistentMosquitto mosquitto = new PersistentMosquitto(dir.resolve("mosquitto"))) {
      mosquitto.start();
      int httpPort = PersistentMosquitto.freePort();
      Path cfg =
          Files.writeString(
              dir.resolve("server.yaml"),
              String.join(
                  "\n",
                  "http: {port: " + httpPort + "}",
                  "broker: {embedded: false}",
                  "mqtt: {host: 127.0.0.1, port: " + mosquitto.endpoint().port() + "}",
                  "store: {type: off}",
                  ""));
      Process p =
          start(
              List.of("run", "--config", cfg.toString(), "--data", dir.toString()),
              ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
      try {
        HttpResponse<String> ready = awaitReady(httpPort, p);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"READY\"", BuildInfo.version());
      } finally {
        p.destroy();
        p.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private static HttpResponse<String> awaitReady(int port, Process p) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest req =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline && p.isAlive()) {
      try {
        last = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (last.statusCode() == 200) {
          return last;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    assertThat(p.isAlive()).as("the server jar still runs").isTrue();
    assertThat(last).as("an answer from /health/ready").isNotNull();
    return last;
  }

  private record Run(int exit, String out) {}

  /** Runs the jar to its end; one that is still running after {@code seconds} is killed. */
  private Run run(List<String> args, int seconds) throws Exception {
    Path log = Files.createTempFile(dir, "run", ".log");
    Process p = start(args, ProcessBuilder.Redirect.to(log.toFile()));
    boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    String out = Files.readString(log);
    assertThat(ended).as("the jar ended within %d s; it printed:%n%s", seconds, out).isTrue();
    return new Run(p.exitValue(), out);
  }

  private Process start(List<String> args, ProcessBuilder.Redirect out) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(SERVER.toString());
    cmd.addAll(args);
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out).start();
  }

  private static String read(JarFile jar, String name) throws IOException {
    ZipEntry e = jar.getEntry(name);
    assertThat(e).as(name).isNotNull();
    return new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
  }
}
