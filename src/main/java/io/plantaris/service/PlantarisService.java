package io.plantaris.service;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.plantaris.access.AccessStores;
import io.plantaris.access.jdbc.AccessImport;
import io.plantaris.access.jdbc.JdbcAccess;
import io.plantaris.dashboard.Dashboard;
import io.plantaris.dashboard.DashboardConfig;
import io.plantaris.health.HealthRoutes;
import io.plantaris.health.HttpMetrics;
import io.plantaris.health.MetricHelp;
import io.plantaris.health.ProcessMetrics;
import io.plantaris.health.Readiness;
import io.plantaris.http.HttpServer;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestMetrics;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.mqtt.EmbeddedBroker;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.ingest.mqtt.MqttSourceMetrics;
import io.plantaris.ingest.serial.SerialDiscovery;
import io.plantaris.ingest.serial.SerialFrameSource;
import io.plantaris.ingest.serial.SerialSourceConfig;
import io.plantaris.progression.LiveProgramme;
import io.plantaris.progression.LiveProgrammeConfig;
import io.plantaris.registry.Insole;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import io.plantaris.store.StoreMetrics;
import io.plantaris.store.TimeSeriesStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: an optional embedded broker, the MQTT and serial sources, the live pipeline
 * with its metrics, the time-series store behind its spool, the progression engine deciding after
 * each session (with the dashboard's registry), and the HTTP health/metrics endpoint, started and
 * stopped together.
 */
public final class PlantarisService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PlantarisService.class);

  private final ServiceConfig config;
  private final IngestService ingest;
  private final PrometheusMeterRegistry registry = newRegistry();
  private final IngestMetrics metrics;
  private final Readiness readiness;
  private EmbeddedBroker broker;
  private HttpServer http;
  private long readyMillis;

  private final TimeSeriesStore store;

  /** Null without a dashboard: the registry of patients and prescriptions comes with it. */
  private final LiveProgramme programme;

  /** The programme's database, or null without a dashboard. */
  private final JdbcProgrammeRepository database;

  /** The dashboard's access stores on that database, or null without a dashboard. */
  private AccessStores access;

  private PlantarisService(
      ServiceConfig config,
      TimeSeriesStore store,
      JdbcProgrammeRepository database,
      List<SessionListener> listeners) {
    this.config = config;
    this.store = store;
    this.database = database;
    this.ingest = new IngestService(withRegistryInsoles(config, database));
    if (store != null) {
      // first listener: a rep is on disk before anyone else (the console, a dashboard) sees it
      ingest.addListener(store);
      ingest.addSampleListener(store.repCurves()); // per-rep curves need the live samples
      ingest.addListener(store.repCurves());
      StoreMetrics.bind(store, registry);
      // beside the spool: a crash mid-session carries on the session the spool keeps the reps of
      io.plantaris.ingest.ResumeFiles resume =
          new io.plantaris.ingest.ResumeFiles(
              config.store().spool().dir().resolveSibling("resume"));
      resume.sweep(System.currentTimeMillis(), config.store().sessionGapMillis());
      ingest.resumeWith(resume, config.store().sessionGapMillis());
    }
    this.programme = database == null ? null : programme(config, database, store);
    if (programme != null) {
      ingest.addListener(programme);
      liveProgramme(config, database, ingest, programme);
    }
    listeners.forEach(ingest::addListener);
    this.metrics = IngestMetrics.bind(ingest, registry);
    this.readiness = ServiceReadiness.of(ingest, store);
    ProcessMetrics.bind(registry);
  }

  /**
   * With a registry, each registered insole streams as its patient: reps, sets and sessions are
   * stored under the registry's patient id, which the clinician's pages and the programme read. The
   * configuration's own {@code persons:} entries win; insoles registered later are looked up as
   * they first stream (see {@link #liveProgramme}).
   */
  private static IngestConfig withRegistryInsoles(ServiceConfig config, ProgrammeRegistry r) {
    if (r == null) {
      return config.ingest();
    }
    Map<String, String> persons = new HashMap<>();
    for (Insole i : r.insoles()) { // one query, not one per patient
      persons.put(i.deviceId(), i.patientId());
    }
    persons.putAll(config.ingest().persons());
    return config.ingest().withPersons(persons);
  }

  /**
   * The live analysis follows the registry: insoles registered while the service runs stream as
   * their patient, each set is judged against the patient's version in force as it starts, the open
   * sessions survive a restart, and "I'm done" closes the set still running.
   */
  private static void liveProgramme(
      ServiceConfig config, ProgrammeRegistry r, IngestService ingest, LiveProgramme programme) {
    java.nio.file.Path file = config.dashboard().registryFile();
    ingest.lookUpPersons(id -> r.insole(id).map(Insole::patientId));
    ingest.prescriptionSource(
        new io.plantaris.progression.RegistryPrescriptions(
            r, config.ingest().prescription(), Clock.systemUTC(), programme));
    programme.keepOpenSessionsIn(file.resolveSibling(file.getFileName() + ".open-sessions"));
    programme.closeRunningSetsWith(ingest::endSession);
  }

  private static LiveProgramme programme(
      ServiceConfig config, ProgrammeRegistry registry, TimeSeriesStore store) {
    LiveProgrammeConfig c = LiveProgrammeConfig.defaults();
    if (config.store() != null) {
      c = c.withSessionGapMillis(config.store().sessionGapMillis()); // the store's sessions agree
    }
    return new LiveProgramme(c, registry, store, Clock.systemUTC());
  }

  /** A registry whose meters all carry HELP text ({@link MetricHelp}). */
  private static PrometheusMeterRegistry newRegistry() {
    PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    r.config().meterFilter(MetricHelp.filter());
    return r;
  }

  /**
   * The dashboard's users, sessions, login failures and audit log, in the programme's database; the
   * users and audit files of earlier versions are moved in first, once.
   */
  private AccessStores openAccess() {
    DashboardConfig d = config.dashboard();
    AccessImport.Report r = AccessImport.run(d.usersFile(), d.auditFile(), database.database());
    if (r.movedAnything()) {
      log.info("{}", r.summary());
    }
    access = JdbcAccess.on(database.database());
    return access;
  }

  /** Starts everything configured; listeners see events from the first byte on. */
  public static PlantarisService start(ServiceConfig config, List<SessionListener> listeners)
      throws Exception {
    long t0 = System.nanoTime();
    TimeSeriesStore store = config.store() == null ? null : TimeSeriesStore.open(config.store());
    JdbcProgrammeRepository database;
    try {
      database =
          config.dashboard() == null
              ? null
              : JdbcProgrammeRepository.open(config.dashboard().database());
    } catch (RuntimeException e) {
      if (store != null) {
        store.close();
      }
      throw e;
    }
    PlantarisService s = new PlantarisService(config, store, database, listeners);
    try {
      s.startParts();
    } catch (Exception e) {
      s.close();
      throw e;
    }
    s.readyMillis = (System.nanoTime() - t0) / 1_000_000;
    log.info("plantaris ready in {} ms", s.readyMillis);
    return s;
  }

  private void startParts() throws Exception {
    MqttSourceConfig mqtt = config.mqtt();
    if (config.broker() != null) {
      BrokerAssembly b = BrokerAssembly.of(config, registry);
      broker = b.broker();
      mqtt = b.mqtt();
      if (mqtt != null) {
        broker.gate().closeExceptFor(mqtt.clientId()); // opened once the service has subscribed
      }
      broker.start();
    }
    if (programme != null) {
      programme.start();
    }
    if (config.httpPort() >= 0) {
      HttpExposure.warning(config.httpHost(), config.httpTls()).ifPresent(log::warn);
      Dashboard dashboard =
          config.dashboard() == null
              ? null
              : new Dashboard(config.dashboard(), ingest, store, programme, openAccess(), registry);
      http =
          HttpServer.start(
              config.httpHost(),
              config.httpPort(),
              config.httpTls(),
              ingest,
              registry,
              store == null ? null : () -> store.health().store(),
              app -> {
                HealthRoutes.install(app, readiness);
                HttpMetrics.install(app, registry);
                if (dashboard != null) {
                  dashboard.install(app);
                }
              });
      log.info(
          "health and metrics on {}://{}:{}/health",
          config.httpTls() == null ? "http" : "https",
          config.httpHost(),
          http.port());
    }
    if (mqtt != null) {
      MqttFrameSource source = new MqttFrameSource(mqtt);
      MqttSourceMetrics.bind(source, registry);
      ingest.addSource(source);
      if (broker != null) {
        openWhenSubscribed(broker, source);
      }
    }
    if (config.kafka() != null) {
      ingest.addSource(new io.plantaris.ingest.kafka.KafkaFrameSource(config.kafka(), ingest));
    }
    for (SerialSourceConfig s : config.serial()) {
      ingest.addSource(new SerialFrameSource(s));
    }
    if (config.discovery() != null) {
      discoverSerialInsoles(config.discovery());
    }
  }

  /** Gate wait: insoles are let in after this even if the subscription never came. */
  private static final long GATE_WAIT_MILLIS = 10_000;

  /**
   * Lets the insoles into the embedded broker once the service's subscription flows (start returns
   * after that), so that nothing they publish after a restart reaches a broker with nobody to
   * deliver it to.
   */
  private static void openWhenSubscribed(EmbeddedBroker broker, MqttFrameSource source)
      throws InterruptedException {
    long deadline = System.nanoTime() + GATE_WAIT_MILLIS * 1_000_000;
    while (!source.connected() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    if (!source.connected()) {
      log.warn("service not subscribed after {} ms; letting insoles in", GATE_WAIT_MILLIS);
    }
    broker.gate().open();
  }

  private void discoverSerialInsoles(ServiceConfig.DiscoveryConfig d) throws Exception {
    List<String> candidates =
        d.candidates().isEmpty() ? SerialDiscovery.systemPorts() : d.candidates();
    Set<String> configured = new HashSet<>();
    config.serial().forEach(s -> configured.add(s.path()));
    List<String> probe = candidates.stream().filter(p -> !configured.contains(p)).toList();
    List<SerialDiscovery.Found> found =
        SerialDiscovery.probe(probe, d.baud(), SerialDiscovery.DEFAULT_ANSWER_MILLIS);
    log.info("serial discovery: {} of {} port(s) answered as insoles", found.size(), probe.size());
    for (SerialDiscovery.Found f : found) {
      log.info("found insole {} on {}", f.descriptor().deviceId(), f.path());
      ingest.addSource(new SerialFrameSource(SerialSourceConfig.of(f.path()).withBaud(d.baud())));
    }
  }

  public IngestService ingest() {
    return ingest;
  }

  /** The time-series store, or null when storing is off. */
  public TimeSeriesStore store() {
    return store;
  }

  /** The progression engine of the live service, or null without a dashboard. */
  public LiveProgramme programme() {
    return programme;
  }

  /** The checks behind {@code /health/ready}; parts add their own with {@link Readiness#add}. */
  public Readiness readiness() {
    return readiness;
  }

  public IngestMetrics metrics() {
    return metrics;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The HTTP port in use, or -1 when HTTP is off. */
  public int httpPort() {
    return http == null ? -1 : http.port();
  }

  public long readyMillis() {
    return readyMillis;
  }

  /**
   * Stops sources first, then drains the pipeline (no finished rep is lost), decides on the
   * sessions still open, then the rest.
   */
  @Override
  public void close() {
    ingest.close();
    if (programme != null) {
      programme.close(); // its decisions are spooled before the store closes
    }
    if (http != null) {
      http.close();
    }
    if (broker != null) {
      broker.close();
    }
    if (store != null) {
      store.close(); // after the pipeline drained: its last reps are spooled first
    }
    if (access != null) {
      access.audit().flush(); // the counts of floods still being collapsed
    }
    if (database != null) {
      database.close(); // last: the programme's final decisions are in it
    }
  }
}
