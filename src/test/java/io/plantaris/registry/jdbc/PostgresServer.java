package io.plantaris.registry.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from Debian's package, a child process of the test: initdb in a
 * temporary folder, postgres on a free loopback port, stopped and deleted at the end. PostgreSQL
 * refuses to run as root, so as root it runs as the package's {@code postgres} user (runuser).
 * Missing binaries fail the test, never skip it: CI installs them (.ci/deps).
 */
public final class PostgresServer implements AutoCloseable {
  static final String USER = "plantaris";
  private static final String SYSTEM_USER = "postgres";

  private final Path bin;
  private final Path dir;
  private final int port;
  private final Process process;

  private PostgresServer(Path bin, Path dir, int port, Process process) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  public static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries();
    Path dir = Files.createTempDirectory("plantaris-pg");
    if (root()) {
      UserPrincipal pg =
          dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SYSTEM_USER);
      Files.setOwner(dir, pg);
    }
    run(
        asServerUser(
            bin.resolve("initdb").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-A",
            "trust",
            "-U",
            USER,
            "-E",
            "UTF8",
            "--no-sync"),
        dir.resolve("initdb.log"));
    int port = freePort();
    Process p =
        new ProcessBuilder(
                asServerUser(
                    bin.resolve("postgres").toString(),
                    "-D",
                    dir.resolve("data").toString(),
                    "-p",
                    Integer.toString(port),
                    "-k",
                    dir.toString(),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    "fsync=off",
                    "-c",
                    "max_connections=60"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("postgres.log").toFile())
            .start();
    PostgresServer s = new PostgresServer(bin, dir, port, p);
    Runtime.getRuntime().addShutdownHook(new Thread(s::close));
    s.awaitReady();
    return s;
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** A new, empty database on this server. */
  public DatabaseConfig newDatabase(String name) {
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return new DatabaseConfig(jdbcUrl(name), USER, "");
  }

  private void awaitReady() throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "postgres exited: " + Files.readString(dir.resolve("postgres.log")));
      }
      try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "")) {
        return;
      } catch (SQLException e) {
        last = e;
        Thread.sleep(100);
      }
    }
    close();
    throw new IllegalStateException("postgres did not accept connections in 30 s", last);
  }

  @Override
  public synchronized void close() {
    try {
      if (process.isAlive()) {
        Process stop =
            new ProcessBuilder(
                    asServerUser(
                        bin.resolve("pg_ctl").toString(),
                        "stop",
                        "-D",
                        dir.resolve("data").toString(),
                        "-m",
                        "fast",
                        "-w"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        stop.waitFor(30, TimeUnit.SECONDS);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
      if (Files.exists(dir)) {
        try (Stream<Path> all = Files.walk(dir)) {
          all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("cannot stop postgres in " + dir, e);
    }
  }

  /** The newest PostgreSQL server in Debian's layout, or PLANTARIS_PG_BIN. */
  private static Path binaries() throws IOException {
    String env = System.getenv("PLANTARIS_PG_BIN");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        var found =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .max(
                    Comparator.comparing(
                        b ->
                            Integer.parseInt(
                                b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    throw new IllegalStateException(
        "no PostgreSQL server under /usr/lib/postgresql/*/bin (initdb, postgres):"
            + " apt-get install postgresql (.ci/deps does), or set PLANTARIS_PG_BIN");
  }

  private static List<String> asServerUser(String... command) {
    List<String> c = new ArrayList<>();
    if (root()) {
      c.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
    }
    c.addAll(List.of(command));
    return c;
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command) + " failed: " + Files.readString(log));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
