package io.plantaris.service;

import io.plantaris.analysis.AnalysisConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code plantaris.yaml} as Jackson reads it. Every field has its default here, so a
 * file only names what it changes; unknown keys are an error (a typo must not pass silently).
 * {@link ServiceConfig#load} turns it into validated immutable settings.
 */
@SuppressWarnings("checkstyle:VisibilityModifier")
public final class ConfigFile {
  public Http http = new Http();
  public Broker broker = new Broker();
  public Mqtt mqtt = new Mqtt();
  public List<Serial> serial = new ArrayList<>();
  public SerialDiscovery serialDiscovery = new SerialDiscovery();
  public Map<String, String> persons = new LinkedHashMap<>();
  public Prescription prescription = new Prescription();
  public Pipeline pipeline = new Pipeline();
  public Analysis analysis = new Analysis();
  public Store store = new Store();
  public Dashboard dashboard = new Dashboard();
  public Database database = new Database();
  public Kafka kafka = new Kafka();

  /** Read the insoles from Kafka as one replica of several (docs/scale-out.md). */
  public static final class Kafka {
    public boolean enabled = false;
    public String bootstrap = "127.0.0.1:9092";
    public String topic = io.plantaris.ingest.kafka.KafkaSourceConfig.DEFAULT_TOPIC;
    public String group = io.plantaris.ingest.kafka.KafkaSourceConfig.DEFAULT_GROUP;
  }

  /** The health and metrics endpoint. */
  public static final class Http {
    public boolean enabled = true;
    public String host = "127.0.0.1";
    public int port = 8080;
    public Tls tls;
  }

  /** HTTPS: a PKCS#12 key store with the server's key and certificate. */
  public static final class Tls {
    public String keyStore;
    public String keyStorePassword;
  }

  /** The broker the service hosts for Wi-Fi insoles. */
  public static final class Broker {
    public boolean embedded = true;
    public String bind = "127.0.0.1";
    public int port = 1883;
    public String dataDir = "data/broker";
    // in memory by default: HiveMQ CE's file stores (RocksDB) grew the process by ~150 MB a
    // minute at 100 insoles (SoakBench, README); the spool is what must survive a crash
    public String persistence = "in-memory";
    public String deviceCredentials;
    public int maxPacketBytes = 64 * 1024;
    public BrokerTls tls;
  }

  /** The embedded broker's TLS listener for insoles on the network. */
  public static final class BrokerTls {
    public String bind = "0.0.0.0";
    public int port = 8883;
    public String keyStore;
    public String keyStorePassword;
  }

  /** The broker the service subscribes to (the embedded one by default). */
  public static final class Mqtt {
    public boolean enabled = true;
    public String host = "localhost";
    public int port = 1883;
    public String username;
    public String password;
    public String caFile;
    public String clientId = "plantaris-service";
    public String protocol = "auto";
  }

  /** One serial port an insole is plugged into. */
  public static final class Serial {
    public String path;
    public int baud = 115_200;
    public String person;
  }

  /**
   * Finding insoles on serial ports at start: each candidate port is asked for its descriptor and
   * kept when it answers within half a second. Empty candidates with {@code enabled} probe every
   * port the system lists (pseudo-terminals are never listed: name them).
   */
  public static final class SerialDiscovery {
    public boolean enabled = false;
    public List<String> candidates = new ArrayList<>();
    public int baud = 115_200;
  }

  /** The tempo and targets reps are judged against. */
  public static final class Prescription {
    public String tempo = "3-2-3";
    public int targetReps = 12;
    public boolean singleLeg = true;
    public double addedLoadKg = 0;
  }

  /** Queues and threads of the live pipeline. */
  public static final class Pipeline {
    public int queueCapacityChunks = 2048;
    public int workerThreads = 0;
  }

  /** How reps are read from the stream (docs/phases.md). */
  public static final class Analysis {
    /** Time the phases at the 10 % marks of the rep's own curve; false: by the rise rate. */
    public boolean phaseMarks = AnalysisConfig.DEFAULT_PHASE_MARKS;
  }

  /** The time-series store and the spool in front of it. */
  public static final class Store {
    public String type = "embedded";
    public String dataDir = "data/questdb";
    public int port = 9000;
    public String url;
    public String token;
    public String org = "plantaris";
    public String bucket = "plantaris";
    public String spoolDir = "data/spool";
    public String fsync = "group";
    public long groupCommitMillis = 10;
    public long sessionGapMinutes = 120;
    public String user = "plantaris";
    public String password;
  }

  /**
   * The programme's database (patients, clinicians, insoles, prescriptions, pain, sessions,
   * decisions): without a url, the embedded H2 file {@code plantaris-db} in the registry's folder;
   * in production a PostgreSQL URL. The password, if not here, is read from {@code
   * PLANTARIS_DATABASE_PASSWORD}.
   */
  public static final class Database {
    public String url;
    public String user;
    public String password;
  }

  /** The live page and access control; users and audit: files of earlier versions to import. */
  public static final class Dashboard {
    public boolean enabled = false;
    public String registry = "plantaris-registry.json";
    public String users;
    public String audit;
    public boolean secureCookies = false;

    /** Clinicians and admins must enrol TOTP ({@code programme user mfa}) before they log in. */
    public boolean requireSecondFactor = true;
  }
}
