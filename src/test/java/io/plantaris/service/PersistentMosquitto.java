package io.plantaris.service;

import io.plantaris.ingest.mqtt.MqttEndpoint;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto with persistence on, as a child process that can be stopped (SIGTERM, which
 * makes it write its database) and started again on the same port and data directory.
 */
final class PersistentMosquitto implements AutoCloseable {
  private static final long START_TIMEOUT_MILLIS = 30_000;

  private final Path dir;
  private final Path conf;
  private final int port;
  private Process process;
  private int starts;

  PersistentMosquitto(Path dir) throws IOException {
    this(dir, true);
  }

  /**
   * With {@code persistence} false every restart forgets sessions, subscriptions and queued
   * messages, as a broker without persistence, or one that crashed before its autosave, does.
   */
  PersistentMosquitto(Path dir, boolean persistence) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.port = freePort();
    this.conf = dir.resolve("mosquitto.conf");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "user " + System.getProperty("user.name"),
            "log_dest stdout",
            "listener " + port + " 127.0.0.1",
            "allow_anonymous true",
            // sessions, their subscriptions and queued QoS 1 messages survive a restart
            "persistence " + persistence,
            "persistence_location " + dir + "/",
            ""));
  }

  MqttEndpoint endpoint() {
    return MqttEndpoint.plain("127.0.0.1", port);
  }

  void start() throws IOException, InterruptedException {
    starts++;
    process =
        new ProcessBuilder(executable(), "-c", conf.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("mosquitto-" + starts + ".log").toFile())
            .start();
    long deadline = System.nanoTime() + START_TIMEOUT_MILLIS * 1_000_000;
    while (!accepts(port)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IOException("mosquitto did not start on " + port + ": " + log());
      }
      Thread.sleep(50);
    }
  }

  /** SIGTERM: mosquitto saves its database on the way out. */
  void stop() throws InterruptedException {
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    process = null;
  }

  String log() {
    try {
      return Files.readString(dir.resolve("mosquitto-" + starts + ".log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static String executable() {
    return new File("/usr/sbin/mosquitto").canExecute() ? "/usr/sbin/mosquitto" : "mosquitto";
  }

  private static boolean accepts(int port) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
