package io.plantaris.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A real Mosquitto running the compose stack's {@code deploy/mosquitto} configuration and ACL, with
 * only its paths and ports moved into a folder of the test: what the stack's broker does, on this
 * machine. Users are written into the password file as {@code entrypoint.sh} does.
 */
public final class ComposeMosquitto implements AutoCloseable {
  private final Path dir;
  private final Process process;
  private final int port;
  private final int healthPort;

  private ComposeMosquitto(Path dir, Process process, int port, int healthPort) {
    this.dir = dir;
    this.process = process;
    this.port = port;
    this.healthPort = healthPort;
  }

  /** The stack's configuration as it is. */
  public static ComposeMosquitto start(Path dir, Map<String, String> users) throws Exception {
    return start(dir, users, UnaryOperator.identity());
  }

  /**
   * The stack's configuration after {@code edit} (a test that compares against Mosquitto's own
   * defaults takes lines out).
   */
  public static ComposeMosquitto start(
      Path dir, Map<String, String> users, UnaryOperator<String> edit) throws Exception {
    Path config = Files.createDirectories(dir.resolve("config"));
    Path data = Files.createDirectories(dir.resolve("data"));
    int port = freePort();
    int healthPort = freePort();
    String conf =
        Files.readString(Path.of("deploy/mosquitto/mosquitto.conf"))
            .replace("/mosquitto/config/", config + "/")
            .replace("/mosquitto/data/", data + "/")
            .replace("listener 1883\n", "listener " + port + " 127.0.0.1\n")
            .replace("listener 1884 127.0.0.1", "listener " + healthPort + " 127.0.0.1");
    assertThat(conf).contains("listener " + port, "listener " + healthPort);
    Files.writeString(
        config.resolve("mosquitto.conf"),
        "user " + System.getProperty("user.name") + "\n" + edit.apply(conf));
    Files.copy(Path.of("deploy/mosquitto/acl"), config.resolve("acl"));
    Files.copy(Path.of("deploy/mosquitto/acl-health"), config.resolve("acl-health"));
    Path passwd = data.resolve("passwd");
    Files.writeString(passwd, "");
    for (Map.Entry<String, String> u : users.entrySet()) {
      passwd(passwd, u.getKey(), u.getValue());
    }
    Process p =
        new ProcessBuilder(
                executable("mosquitto"), "-c", config.resolve("mosquitto.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("mosquitto.log").toFile())
            .start();
    ComposeMosquitto m = new ComposeMosquitto(dir, p, port, healthPort);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!accepts(port) || !accepts(healthPort)) {
      assertThat(p.isAlive()).as(m.log()).isTrue();
      assertThat(System.nanoTime()).as("mosquitto started").isLessThan(deadline);
      Thread.sleep(50);
    }
    return m;
  }

  public int port() {
    return port;
  }

  public int healthPort() {
    return healthPort;
  }

  /** What Mosquitto logged so far. */
  public String log() {
    try {
      return Files.readString(dir.resolve("mosquitto.log"));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static void passwd(Path file, String user, String password) throws Exception {
    Process p =
        new ProcessBuilder(executable("mosquitto_passwd"), "-b", file.toString(), user, password)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  private static String executable(String name) {
    for (String d : new String[] {"/usr/sbin/", "/usr/bin/"}) {
      if (new File(d + name).canExecute()) {
        return d + name;
      }
    }
    return name;
  }

  private static boolean accepts(int port) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
