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
 * @param tls a TLS listener beside the plain one, or null
 * @param maxPacketBytes the largest MQTT packet the broker reads; a client sending a larger one is
 *     disconnected (counted), its message never acknowledged
 */
public record EmbeddedBrokerConfig(
    String bindAddress,
    int port,
    Path baseDir,
    long startTimeoutMillis,
    Persistence persistence,
    Path deviceCredentials,
    EmbeddedBrokerTls tls,
    int maxPacketBytes) {

  /** Where the broker keeps sessions and queued messages. */
  public enum Persistence {
    FILE,
    IN_MEMORY
  }

  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final Path DEFAULT_BASE_DIR = Path.of("data", "broker");

  /**
   * 64 KiB: a data message holds at most 8 KiB of frames (PROTOCOL.md section 5), so this leaves
   * room for topic and properties while a 100 MiB publish is refused at its first bytes.
   */
  public static final int DEFAULT_MAX_PACKET_BYTES = 64 * 1024;

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
    if (maxPacketBytes < 1024) {
      throw new IllegalArgumentException("broker max packet size below 1 KiB: " + maxPacketBytes);
    }
  }

  /** Without a TLS listener, with the default packet limit. */
  public EmbeddedBrokerConfig(
      String bindAddress,
      int port,
      Path baseDir,
      long startTimeoutMillis,
      Persistence persistence,
      Path deviceCredentials) {
    this(
        bindAddress,
        port,
        baseDir,
        startTimeoutMillis,
        persistence,
        deviceCredentials,
        null,
        DEFAULT_MAX_PACKET_BYTES);
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
        bindAddress, port, baseDir, startTimeoutMillis, p, deviceCredentials, tls, maxPacketBytes);
  }

  /** The same broker admitting only insoles with a secret in {@code file}. */
  public EmbeddedBrokerConfig withDeviceCredentials(Path file) {
    return new EmbeddedBrokerConfig(
        bindAddress, port, baseDir, startTimeoutMillis, persistence, file, tls, maxPacketBytes);
  }

  /** The same broker with a TLS listener ({@code null}: none). */
  public EmbeddedBrokerConfig withTls(EmbeddedBrokerTls t) {
    return new EmbeddedBrokerConfig(
        bindAddress,
        port,
        baseDir,
        startTimeoutMillis,
        persistence,
        deviceCredentials,
        t,
        maxPacketBytes);
  }

  /** The same broker with another packet size limit. */
  public EmbeddedBrokerConfig withMaxPacketBytes(int bytes) {
    return new EmbeddedBrokerConfig(
        bindAddress, port, baseDir, startTimeoutMillis, persistence, deviceCredentials, tls, bytes);
  }

  /** Loopback, port 1883, {@code ./data/broker}. */
  public static EmbeddedBrokerConfig defaults() {
    return of(MqttEndpoint.DEFAULT_PORT, DEFAULT_BASE_DIR);
  }
}
