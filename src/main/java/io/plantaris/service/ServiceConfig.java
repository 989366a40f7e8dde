package io.plantaris.service;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.Prescription;
import io.plantaris.dashboard.DashboardConfig;
import io.plantaris.http.HttpTls;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.kafka.KafkaSourceConfig;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.EmbeddedBrokerTls;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttProtocol;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.ingest.mqtt.MqttTls;
import io.plantaris.ingest.serial.SerialSourceConfig;
import io.plantaris.registry.jdbc.DatabaseConfig;
import io.plantaris.store.FsyncPolicy;
import io.plantaris.store.SpoolConfig;
import io.plantaris.store.StoreConfig;
import io.plantaris.store.StoreCredentials;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the service needs to start, validated: which broker to host, which to subscribe to,
 * which serial ports to open, the pipeline and the prescription.
 *
 * @param broker the embedded broker, or null when an external one is used
 * @param mqtt the MQTT subscription, or null when MQTT is off
 * @param discovery serial ports to probe for insoles at start, or null
 * @param httpPort 0 picks a free port; negative turns HTTP off
 * @param store the time-series store and its spool, or null when nothing is stored
 * @param dashboard the live page and its users, or null when off
 * @param httpTls HTTPS key store, or null for plain HTTP (behind a TLS proxy, or on loopback)
 * @param kafka the frames topic this replica reads as one of the service's consumer group, or null
 *     (docs/scale-out.md)
 */
public record ServiceConfig(
    EmbeddedBrokerConfig broker,
    MqttSourceConfig mqtt,
    List<SerialSourceConfig> serial,
    DiscoveryConfig discovery,
    IngestConfig ingest,
    String httpHost,
    int httpPort,
    StoreConfig store,
    DashboardConfig dashboard,
    HttpTls httpTls,
    KafkaSourceConfig kafka) {

  public ServiceConfig {
    serial = List.copyOf(serial);
  }

  /** Without Kafka. */
  public ServiceConfig(
      EmbeddedBrokerConfig broker,
      MqttSourceConfig mqtt,
      List<SerialSourceConfig> serial,
      DiscoveryConfig discovery,
      IngestConfig ingest,
      String httpHost,
      int httpPort,
      StoreConfig store,
      DashboardConfig dashboard,
      HttpTls httpTls) {
    this(
        broker, mqtt, serial, discovery, ingest, httpHost, httpPort, store, dashboard, httpTls,
        null);
  }

  /** Plain HTTP. */
  public ServiceConfig(
      EmbeddedBrokerConfig broker,
      MqttSourceConfig mqtt,
      List<SerialSourceConfig> serial,
      DiscoveryConfig discovery,
      IngestConfig ingest,
      String httpHost,
      int httpPort,
      StoreConfig store,
      DashboardConfig dashboard) {
    this(broker, mqtt, serial, discovery, ingest, httpHost, httpPort, store, dashboard, null);
  }

  /**
   * Serial ports to probe for insoles when the service starts.
   *
   * @param candidates paths to ask; empty means every port the system lists
   */
  public record DiscoveryConfig(List<String> candidates, int baud) {
    public DiscoveryConfig {
      candidates = List.copyOf(candidates);
    }
  }

  /** The embedded defaults: a broker on loopback port 1883, HTTP on 8080, no serial ports. */
  public static ServiceConfig defaults() {
    return from(new ConfigFile());
  }

  /**
   * Reads a YAML (or JSON) configuration file, {@code ${NAME}} and {@code ${NAME:-default}} in
   * values taken from the environment ({@link EnvExpansion}); a clear message names what is wrong.
   */
  public static ServiceConfig load(Path file) throws IOException {
    return load(file, System::getenv);
  }

  /** As {@link #load(Path)} with the given environment (null for an unset variable). */
  public static ServiceConfig load(Path file, Function<String, String> env) throws IOException {
    return load(file, env, Path.of(""));
  }

  /**
   * As above, relative data paths (broker, store, spool, registry, users, audit, credentials, key
   * store, CA file) resolved against {@code home}, the data home ({@code --data} or {@code
   * PLANTARIS_HOME}); the empty path keeps them relative to the working directory.
   */
  public static ServiceConfig load(Path file, Function<String, String> env, Path home)
      throws IOException {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a section left empty (only comments under it) keeps its defaults
            .setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP));
    try {
      JsonNode tree = yaml.readTree(file.toFile());
      ConfigFile f =
          tree == null || tree.isMissingNode() || tree.isNull()
              ? new ConfigFile()
              : yaml.treeToValue(EnvExpansion.expandTree(tree, env), ConfigFile.class);
      return from(f == null ? new ConfigFile() : f, home);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static EmbeddedBrokerTls brokerTls(ConfigFile.BrokerTls t, Path home) {
    if (t == null) {
      return null;
    }
    if (t.keyStore == null) {
      throw new IllegalArgumentException("broker.tls needs keyStore (PKCS#12 with key and chain)");
    }
    return new EmbeddedBrokerTls(t.bind, t.port, home.resolve(t.keyStore), t.keyStorePassword);
  }

  static ServiceConfig from(ConfigFile f) {
    return from(f, Path.of(""));
  }

  /** The defaults with relative data paths under {@code home}. */
  public static ServiceConfig defaults(Path home) {
    return from(new ConfigFile(), home);
  }

  static ServiceConfig from(ConfigFile f, Path home) {
    HttpTls tls = tls(f.http.tls, home);
    EmbeddedBrokerConfig broker =
        f.broker.embedded
            ? new EmbeddedBrokerConfig(
                f.broker.bind,
                f.broker.port,
                home.resolve(f.broker.dataDir),
                EmbeddedBrokerConfig.DEFAULT_START_TIMEOUT_MILLIS,
                EmbeddedBrokerConfig.Persistence.valueOf(
                    f.broker.persistence.toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
                f.broker.deviceCredentials == null
                    ? null
                    : home.resolve(f.broker.deviceCredentials))
            : null;
    if (broker != null) {
      broker =
          broker.withMaxPacketBytes(f.broker.maxPacketBytes).withTls(brokerTls(f.broker.tls, home));
    }
    MqttSourceConfig mqtt = null;
    if (f.mqtt.enabled) {
      MqttEndpoint endpoint = MqttEndpoint.plain(f.mqtt.host, f.mqtt.port);
      if (f.mqtt.username != null) {
        endpoint = endpoint.withCredentials(f.mqtt.username, f.mqtt.password);
      }
      if (f.mqtt.caFile != null) {
        endpoint = endpoint.withTls(MqttTls.caCert(home.resolve(f.mqtt.caFile)));
      }
      mqtt =
          MqttSourceConfig.of(endpoint)
              .withClientId(f.mqtt.clientId)
              .withProtocol(MqttProtocol.parse(f.mqtt.protocol));
    }
    List<SerialSourceConfig> serial = new ArrayList<>();
    Map<String, String> persons = new LinkedHashMap<>(f.persons);
    for (ConfigFile.Serial s : f.serial) {
      SerialSourceConfig c = SerialSourceConfig.of(s.path).withBaud(s.baud);
      serial.add(c);
      if (s.person != null) {
        persons.put(c.streamKey(), s.person);
      }
    }
    Prescription tempo = Prescription.parseTempo(f.prescription.tempo, f.prescription.targetReps);
    Prescription p =
        new Prescription(
            tempo.upMillis(),
            tempo.holdMillis(),
            tempo.downMillis(),
            tempo.tempoTolerance(),
            tempo.rangeFraction(),
            f.prescription.singleLeg,
            f.prescription.targetReps,
            f.prescription.addedLoadKg);
    int threads =
        f.pipeline.workerThreads > 0
            ? f.pipeline.workerThreads
            : Runtime.getRuntime().availableProcessors();
    IngestConfig ingest =
        new IngestConfig(
            f.pipeline.queueCapacityChunks,
            threads,
            IngestConfig.DEFAULT_MERGE_HOLDBACK_MILLIS,
            IngestConfig.DEFAULT_LAYOUT_WAIT_MILLIS,
            persons,
            p,
            AnalysisConfig.defaults().withPhaseMarks(f.analysis.phaseMarks));
    DiscoveryConfig discovery =
        f.serialDiscovery.enabled
            ? new DiscoveryConfig(f.serialDiscovery.candidates, f.serialDiscovery.baud)
            : null;
    return new ServiceConfig(
        broker,
        mqtt,
        serial,
        discovery,
        ingest,
        f.http.host,
        f.http.enabled ? f.http.port : -1,
        store(f.store, home),
        dashboard(f.dashboard, database(f.database), tls, home),
        tls,
        f.kafka.enabled
            ? new KafkaSourceConfig(
                f.kafka.bootstrap,
                f.kafka.topic,
                f.kafka.group,
                KafkaSourceConfig.DEFAULT_POLL_MILLIS)
            : null);
  }

  static StoreConfig store(ConfigFile.Store s, Path home) {
    FsyncPolicy fsync =
        switch (s.fsync) {
          case "always" -> FsyncPolicy.ALWAYS;
          case "group" -> FsyncPolicy.GROUP;
          default ->
              throw new IllegalArgumentException(
                  "store.fsync must be group or always, was " + s.fsync);
        };
    SpoolConfig spool =
        SpoolConfig.of(home.resolve(s.spoolDir)).withFsync(fsync, s.groupCommitMillis);
    StoreConfig c =
        switch (s.type) {
            // YAML 1.1 reads a bare `off` as false, which Jackson hands over as "false"
          case "off", "false" -> null;
          case "embedded" -> StoreConfig.embedded(home.resolve(s.dataDir), s.port, spool);
          case "questdb" -> StoreConfig.questDb(s.url, spool);
          case "influxdb" -> StoreConfig.influxDb(s.url, s.token, s.org, s.bucket, spool);
          default ->
              throw new IllegalArgumentException(
                  "store.type must be embedded, questdb, influxdb or off, was " + s.type);
        };
    if (c == null) {
      return null;
    }
    c = c.withSessionGapMillis(s.sessionGapMinutes * 60_000L);
    // QuestDB's basic auth: configured, or from the environment; else the embedded store's own
    String password = s.password != null ? s.password : System.getenv("PLANTARIS_STORE_PASSWORD");
    return password == null || password.isEmpty() || "influxdb".equals(s.type)
        ? c
        : c.withCredentials(new StoreCredentials(s.user, password));
  }

  public ServiceConfig withBroker(EmbeddedBrokerConfig b) {
    return new ServiceConfig(
        b, mqtt, serial, discovery, ingest, httpHost, httpPort, store, dashboard, httpTls, kafka);
  }

  public ServiceConfig withMqtt(MqttSourceConfig m) {
    return new ServiceConfig(
        broker, m, serial, discovery, ingest, httpHost, httpPort, store, dashboard, httpTls, kafka);
  }

  public ServiceConfig withHttpTls(HttpTls tls) {
    return new ServiceConfig(
        broker, mqtt, serial, discovery, ingest, httpHost, httpPort, store, dashboard, tls, kafka);
  }

  public ServiceConfig withHttpPort(int port) {
    return new ServiceConfig(
        broker, mqtt, serial, discovery, ingest, httpHost, port, store, dashboard, httpTls, kafka);
  }

  public ServiceConfig withStore(StoreConfig s) {
    return new ServiceConfig(
        broker, mqtt, serial, discovery, ingest, httpHost, httpPort, s, dashboard, httpTls, kafka);
  }

  public ServiceConfig withIngest(IngestConfig i) {
    return new ServiceConfig(
        broker, mqtt, serial, discovery, i, httpHost, httpPort, store, dashboard, httpTls, kafka);
  }

  public ServiceConfig withDashboard(DashboardConfig d) {
    return new ServiceConfig(
        broker, mqtt, serial, discovery, ingest, httpHost, httpPort, store, d, httpTls, kafka);
  }

  public ServiceConfig withKafka(KafkaSourceConfig k) {
    return new ServiceConfig(
        broker, mqtt, serial, discovery, ingest, httpHost, httpPort, store, dashboard, httpTls, k);
  }

  static HttpTls tls(ConfigFile.Tls t, Path home) {
    if (t == null) {
      return null;
    }
    String password =
        t.keyStorePassword != null ? t.keyStorePassword : System.getenv(HttpTls.PASSWORD_ENV);
    return new HttpTls(t.keyStore == null ? null : home.resolve(t.keyStore), password);
  }

  static DashboardConfig dashboard(
      ConfigFile.Dashboard d, DatabaseConfig database, HttpTls tls, Path home) {
    return d.enabled
        ? new DashboardConfig(
            home.resolve(d.registry),
            d.users == null ? null : home.resolve(d.users),
            d.audit == null ? null : home.resolve(d.audit),
            d.secureCookies || tls != null,
            d.requireSecondFactor,
            database)
        : null;
  }

  /** Null without a url: the dashboard's default, the H2 file beside the registry. */
  static DatabaseConfig database(ConfigFile.Database d) {
    if (d == null || d.url == null || d.url.isBlank()) {
      return null;
    }
    String password = d.password != null ? d.password : System.getenv(DatabaseConfig.PASSWORD_ENV);
    return new DatabaseConfig(d.url, d.user, password);
  }
}
