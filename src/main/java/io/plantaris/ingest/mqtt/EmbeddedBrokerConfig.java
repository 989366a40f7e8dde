package io.plantaris.ingest.mqtt;

import java.nio.file.Path;

/**
 * Settings of {@link EmbeddedBroker}.
 *
 * @param bindAddress listener address; loopback by default so a demo does not open the LAN
 * @param port MQTT listener port
 * @param baseDir holds {@code conf/}, {@code data/} (file persistence: sessions, queued and
 *     retained messages survive a restart) and {@code extensions/}
 * @param startTimeoutMillis how long {@link EmbeddedBroker#start()} waits for the broker
 * @param persistence {@code FILE} keeps sessions, queued and retained messages across a broker
 *     restart (HiveMQ's RocksDB stores; their memory grows with traffic for a long while, see the
 *     README's load figures); {@code IN_MEMORY} keeps them in the heap, bounded, and loses them
 *     when the process ends
 * @param deviceCredentials per-insole secrets ({@code device-credentials.json}); when set, only
 *     insoles with a secret (and the service) may connect, each insole to its own topics; null lets
 *     any client connect, as a broker on loopback for a demo may
 */
public record EmbeddedBrokerConfig(
    String bindAddress,
    int port,
    Path baseDir,
    long startTimeoutMillis,
    Persistence persistence,
    Path deviceCredentials) {

  /** Where the broker keeps sessions and queued messages. */
  public enum Persistence {
    FILE,
    IN_MEMORY
  }

  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final Path DEFAULT_BASE_DIR = Path.of("data", "broker");

  /** HiveMQ CE needs a few seconds on a loaded two-core machine. */
  public static final long DEFAULT_START_TIMEOUT_MILLIS = 60_000;

  public EmbeddedBrokerConfig {
    if (bindAddress == null || bindAddress.isBlank()) {
      throw new IllegalArgumentException("broker bind address must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("broker port must be 1..65535, was " + port);
    }
    if (baseDir == null) {
      throw new IllegalArgumentException("broker base dir must not be null");
    }
    if (persistence == null) {
      throw new IllegalArgumentException("broker persistence must not be null");
    }
    if (startTimeoutMillis <= 0) {
      throw new IllegalArgumentException("start timeout must be positive");
    }
  }

  /** Without per-insole credentials. */
  public EmbeddedBrokerConfig(
      String bindAddress,
      int port,
      Path baseDir,
      long startTimeoutMillis,
      Persistence persistence) {
    this(bindAddress, port, baseDir, startTimeoutMillis, persistence, null);
  }

  /** Defaults with the given port and directory. */
  public static EmbeddedBrokerConfig of(int port, Path baseDir) {
    return new EmbeddedBrokerConfig(
        DEFAULT_BIND_ADDRESS, port, baseDir, DEFAULT_START_TIMEOUT_MILLIS, Persistence.FILE);
  }

  /** The same broker with another persistence mode. */
  public EmbeddedBrokerConfig withPersistence(Persistence p) {
    return new EmbeddedBrokerConfig(
        bindAddress, port, baseDir, startTimeoutMillis, p, deviceCredentials);
  }

  /** The same broker admitting only insoles with a secret in {@code file}. */
  public EmbeddedBrokerConfig withDeviceCredentials(Path file) {
    return new EmbeddedBrokerConfig(
        bindAddress, port, baseDir, startTimeoutMillis, persistence, file);
  }

  /** Loopback, port 1883, {@code ./data/broker}. */
  public static EmbeddedBrokerConfig defaults() {
    return of(MqttEndpoint.DEFAULT_PORT, DEFAULT_BASE_DIR);
  }
}
