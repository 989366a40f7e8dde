package io.plantaris.store;

import java.nio.file.Path;

/**
 * Which time-series store the service writes to, and how.
 *
 * @param kind the embedded QuestDB (default), an external QuestDB, or InfluxDB 2
 * @param url the external store's base URL (ignored when embedded)
 * @param token InfluxDB API token (null for QuestDB)
 * @param org InfluxDB organisation
 * @param bucket InfluxDB bucket (also the database name for InfluxQL reads)
 * @param embeddedDir the embedded QuestDB's data folder
 * @param embeddedHost the embedded QuestDB's HTTP bind address
 * @param embeddedHttpPort the embedded QuestDB's HTTP port (0 = a free port)
 * @param spool the write-ahead spool in front of the store
 * @param batchPoints most points per write request
 * @param sessionGapMillis a set starting longer than this after the last one starts a new session
 * @param shutdownDrainMillis how long closing waits for the spool to drain (the rest waits on disk
 *     for the next start)
 * @param credentials QuestDB's HTTP basic auth (the embedded store's and an external QuestDB's);
 *     null: the embedded store makes a random secret per run, an external QuestDB gets none
 */
public record StoreConfig(
    Kind kind,
    String url,
    String token,
    String org,
    String bucket,
    Path embeddedDir,
    String embeddedHost,
    int embeddedHttpPort,
    SpoolConfig spool,
    int batchPoints,
    long sessionGapMillis,
    long shutdownDrainMillis,
    StoreCredentials credentials) {

  /** The store behind the spool. */
  public enum Kind {
    EMBEDDED,
    QUESTDB,
    INFLUXDB
  }

  public static final int DEFAULT_EMBEDDED_HTTP_PORT = 9000;
  public static final int DEFAULT_BATCH_POINTS = 20_000;

  /** Sets of a session are minutes apart; sessions are every second day (Rathleff 2015). */
  public static final long DEFAULT_SESSION_GAP_MILLIS = 2 * 3600_000L;

  public static final long DEFAULT_SHUTDOWN_DRAIN_MILLIS = 5_000;

  public StoreConfig {
    if (kind == null || spool == null) {
      throw new IllegalArgumentException("store kind and spool must be given");
    }
    if (kind != Kind.EMBEDDED && (url == null || url.isBlank())) {
      throw new IllegalArgumentException("store url is required for " + kind);
    }
    if (kind == Kind.INFLUXDB && (org == null || bucket == null)) {
      throw new IllegalArgumentException("influxdb needs org and bucket");
    }
    if (batchPoints < 1 || sessionGapMillis < 1) {
      throw new IllegalArgumentException("batchPoints and sessionGapMillis must be positive");
    }
  }

  /** The embedded QuestDB under {@code data/questdb}, spool under {@code data/spool}. */
  public static StoreConfig embedded(Path dataDir, int httpPort, SpoolConfig spool) {
    return new StoreConfig(
        Kind.EMBEDDED,
        null,
        null,
        "plantaris",
        "plantaris",
        dataDir,
        "127.0.0.1",
        httpPort,
        spool,
        DEFAULT_BATCH_POINTS,
        DEFAULT_SESSION_GAP_MILLIS,
        DEFAULT_SHUTDOWN_DRAIN_MILLIS,
        null);
  }

  /** An external QuestDB at {@code url} (tables are created at start). */
  public static StoreConfig questDb(String url, SpoolConfig spool) {
    return new StoreConfig(
        Kind.QUESTDB,
        url,
        null,
        "plantaris",
        "plantaris",
        null,
        null,
        0,
        spool,
        DEFAULT_BATCH_POINTS,
        DEFAULT_SESSION_GAP_MILLIS,
        DEFAULT_SHUTDOWN_DRAIN_MILLIS,
        null);
  }

  /** InfluxDB 2 at {@code url}. */
  public static StoreConfig influxDb(
      String url, String token, String org, String bucket, SpoolConfig spool) {
    return new StoreConfig(
        Kind.INFLUXDB,
        url,
        token,
        org,
        bucket,
        null,
        null,
        0,
        spool,
        DEFAULT_BATCH_POINTS,
        DEFAULT_SESSION_GAP_MILLIS,
        DEFAULT_SHUTDOWN_DRAIN_MILLIS,
        null);
  }

  public StoreConfig withBatchPoints(int points) {
    return new StoreConfig(
        kind,
        url,
        token,
        org,
        bucket,
        embeddedDir,
        embeddedHost,
        embeddedHttpPort,
        spool,
        points,
        sessionGapMillis,
        shutdownDrainMillis,
        credentials);
  }

  public StoreConfig withSessionGapMillis(long millis) {
    return new StoreConfig(
        kind,
        url,
        token,
        org,
        bucket,
        embeddedDir,
        embeddedHost,
        embeddedHttpPort,
        spool,
        batchPoints,
        millis,
        shutdownDrainMillis,
        credentials);
  }

  /**
   * With QuestDB basic-auth credentials (configured instead of the embedded store's random one).
   */
  public StoreConfig withCredentials(StoreCredentials c) {
    return new StoreConfig(
        kind,
        url,
        token,
        org,
        bucket,
        embeddedDir,
        embeddedHost,
        embeddedHttpPort,
        spool,
        batchPoints,
        sessionGapMillis,
        shutdownDrainMillis,
        c);
  }
}
