package io.plantaris.ingest.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair joined by socat, reachable through two symlinks that keep their names when
 * socat is restarted (the "cable" is the socat process).
 */
public final class SocatPair implements AutoCloseable {
  private static final long START_TIMEOUT_MILLIS = 10_000;

  private final Path dir;
  private final Path deviceEnd;
  private final Path hostEnd;
  private Process socat;
  private int starts;

  public SocatPair(Path dir, String name) {
    this.dir = dir;
    this.deviceEnd = dir.resolve(name + "-dev");
    this.hostEnd = dir.resolve(name + "-host");
  }

  public String devicePath() {
    return deviceEnd.toString();
  }

  public String hostPath() {
    return hostEnd.toString();
  }

  /** Starts socat and waits until both symlinks exist. */
  public void plugIn() throws IOException, InterruptedException {
    starts++;
    // Links left behind by a killed socat would make the wait below pass too early.
    Files.deleteIfExists(deviceEnd);
    Files.deleteIfExists(hostEnd);
    Path log = dir.resolve(deviceEnd.getFileName() + "-socat-" + starts + ".log");
    socat =
        new ProcessBuilder(
                "/usr/bin/socat",
                "-d",
                "-d",
                "pty,raw,echo=0,link=" + deviceEnd,
                "pty,raw,echo=0,link=" + hostEnd)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + START_TIMEOUT_MILLIS * 1_000_000;
    while (!(Files.exists(deviceEnd) && Files.exists(hostEnd))) {
      if (!socat.isAlive()) {
        throw new IOException(
            "socat exited with " + socat.exitValue() + ": " + Files.readString(log));
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("socat links missing after 10 s: " + Files.readString(log));
      }
      Thread.sleep(20);
    }
  }

  /** Pulls the cable: stops socat (SIGTERM, so it removes its links) and waits until it is gone. */
  public void unplug() throws InterruptedException {
    if (socat == null) {
      return;
    }
    socat.destroy();
    if (!socat.waitFor(5, TimeUnit.SECONDS)) {
      socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    socat = null;
  }

  /**
   * Pulls the cable hard: SIGKILL, so socat cannot remove its links, which are left pointing at
   * pseudo-terminals that no longer exist; {@link #plugIn()} replaces them.
   */
  public void kill() throws InterruptedException {
    if (socat != null) {
      socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      socat = null;
    }
  }

  @Override
  public void close() throws InterruptedException, IOException {
    unplug();
    Files.deleteIfExists(deviceEnd);
    Files.deleteIfExists(hostEnd);
  }
}
