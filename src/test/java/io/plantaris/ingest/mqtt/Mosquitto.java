package io.plantaris.ingest.mqtt;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto broker as a child process with a plain, a password, a TLS and a TLS + password
 * listener; the CA and server certificate are made with the openssl command line.
 */
public final class Mosquitto implements AutoCloseable {
  static final String USER = "svc";
  static final String PASSWORD = "s3cret-pass";

  final int plainPort = Poll.freePort();
  final int passwordPort = Poll.freePort();
  final int tlsPort = Poll.freePort();
  final int tlsPasswordPort = Poll.freePort();
  final Path caCert;
  private final Path dir;
  private final Process process;

  public Mosquitto(Path dir) throws Exception {
    this.dir = dir;
    this.caCert = dir.resolve("ca.crt");
    makeCertificates();
    run("mosquitto_passwd", "-b", "-c", dir.resolve("passwd").toString(), USER, PASSWORD);
    Path conf = dir.resolve("mosquitto.conf");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "per_listener_settings true",
            "user " + System.getProperty("user.name"),
            "persistence false",
            "log_dest stdout",
            "listener " + plainPort + " 127.0.0.1",
            "allow_anonymous true",
            "listener " + passwordPort + " 127.0.0.1",
            "allow_anonymous false",
            "password_file " + dir.resolve("passwd"),
            "listener " + tlsPort + " 127.0.0.1",
            "allow_anonymous true",
            "cafile " + caCert,
            "certfile " + dir.resolve("server.crt"),
            "keyfile " + dir.resolve("server.key"),
            "listener " + tlsPasswordPort + " 127.0.0.1",
            "allow_anonymous false",
            "password_file " + dir.resolve("passwd"),
            "cafile " + caCert,
            "certfile " + dir.resolve("server.crt"),
            "keyfile " + dir.resolve("server.key"),
            ""));
    process =
        new ProcessBuilder(executable(), "-c", conf.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("mosquitto.log").toFile())
            .start();
    for (int port : List.of(plainPort, passwordPort, tlsPort, tlsPasswordPort)) {
      Poll.until(Duration.ofSeconds(30), () -> accepts(port), () -> "mosquitto on " + port + log());
    }
  }

  public MqttEndpoint plain() {
    return MqttEndpoint.plain("127.0.0.1", plainPort);
  }

  String log() {
    try {
      return "\n" + Files.readString(dir.resolve("mosquitto.log"));
    } catch (IOException e) {
      return "";
    }
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

  private void makeCertificates() throws Exception {
    String d = dir.toString();
    run(
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-keyout",
        d + "/ca.key",
        "-out",
        d + "/ca.crt",
        "-subj",
        "/CN=plantaris-test-ca");
    run(
        "openssl",
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        d + "/server.key",
        "-out",
        d + "/server.csr",
        "-subj",
        "/CN=localhost");
    Files.writeString(dir.resolve("san.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    run(
        "openssl",
        "x509",
        "-req",
        "-in",
        d + "/server.csr",
        "-CA",
        d + "/ca.crt",
        "-CAkey",
        d + "/ca.key",
        "-CAcreateserial",
        "-out",
        d + "/server.crt",
        "-days",
        "2",
        "-extfile",
        d + "/san.cnf");
  }

  private void run(String... command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("tools.log").toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed: " + Files.readString(dir.resolve("tools.log")));
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
