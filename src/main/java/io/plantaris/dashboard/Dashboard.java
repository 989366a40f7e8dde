package io.plantaris.dashboard;

import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.plantaris.access.AccessPolicy;
import io.plantaris.access.AccessStores;
import io.plantaris.access.AuditLog;
import io.plantaris.access.LoginLimiter;
import io.plantaris.access.PasswordHasher;
import io.plantaris.access.SessionStore;
import io.plantaris.access.UserStore;
import io.plantaris.analysis.Prescription;
import io.plantaris.http.HttpServer;
import io.plantaris.ingest.IngestService;
import io.plantaris.progression.LiveProgramme;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.store.TimeSeriesStore;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The patient's live page and the access-controlled API behind it, installed on the service's HTTP
 * server: users log in, and every patient resource checks who may see it and logs the access.
 */
public final class Dashboard {
  final DashboardConfig config;
  final ProgrammeRegistry registry;
  final UserStore users;
  final PasswordHasher hasher = new PasswordHasher();
  final SessionStore sessions;
  final LoginLimiter limiter;

  /** Password hashes computed at once: 200 parallel logins must not take every core and 4 GB. */
  final Semaphore hashing = new Semaphore(HASHING_PERMITS, true);

  /** Half the cores: the other half keeps serving pages, streams and /health during a flood. */
  static final int HASHING_PERMITS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

  /** Live streams open per user, against {@link #MAX_STREAMS_PER_USER}. */
  final Map<String, AtomicInteger> streams = new ConcurrentHashMap<>();

  static final int MAX_STREAMS_PER_USER = 4;

  final MeterRegistry meters;
  final AuditLog audit;
  final AccessPolicy policy;
  final LiveHub hub;
  final Prescription defaultPrescription;

  /** The time-series store (history, trends, pain and decisions), or null when storing is off. */
  final TimeSeriesStore store;

  /** The progression engine: decisions, reviews, session end, pain reports. */
  final LiveProgramme programme;

  /**
   * Subscribes the live hub to {@code ingest}; the routes go on with {@link #install}. Refusals (by
   * reason) and sessions are counted in {@code meters}.
   *
   * @param programme the live progression engine over the programme's database
   * @param access the users, sessions, login limiter and audit log (the service's are in the same
   *     database, so every replica shares them)
   * @throws IllegalStateException when the database has no clinician: a dashboard with no patients
   *     is worse than none
   */
  public Dashboard(
      DashboardConfig config,
      IngestService ingest,
      TimeSeriesStore store,
      LiveProgramme programme,
      AccessStores access,
      MeterRegistry meters) {
    if (programme.registry().clinicians().isEmpty()) {
      throw new IllegalStateException(
          "no clinician in the database "
              + config.database().url()
              + ": add one with 'plantaris programme clinician add', import a JSON registry with"
              + " 'plantaris programme import-json FILE' or fix database.url");
    }
    this.meters = meters;
    this.config = config;
    this.store = store;
    this.programme = programme;
    this.registry = programme.registry();
    this.users = access.users();
    this.sessions = access.sessions();
    this.limiter = access.limiter();
    this.audit = access.audit();
    meters.gauge("plantaris.http.sessions", sessions, SessionStore::count);
    FunctionCounter.builder("plantaris.audit.collapsed", audit, AuditLog::collapsedLines)
        .description("refusal entries left out of the audit log because a flood was collapsed")
        .register(meters);
    this.policy = new AccessPolicy(registry);
    this.defaultPrescription = ingest.config().prescription();
    this.hub = new LiveHub(registry::patientOf);
    ingest.addListener(hub);
    ingest.addSampleListener(hub);
  }

  public void install(RoutesConfig app) {
    new AuthRoutes(this).install(app);
    new PatientRoutes(this).install(app);
    new ProgrammeRoutes(this).install(app);
    new PrescriptionRoutes(this).install(app);
    new ClinicianRoutes(this, Clock.systemUTC()).install(app);
    new HistoryRoutes(this, Clock.systemUTC()).install(app);
    new DiaryRoutes(this, Clock.systemUTC()).install(app);
    new FhirRoutes(this).install(app);
  }

  /** Counts one refused request by reason ({@code plantaris_http_refusals_total}). */
  void refused(String reason) {
    meters.counter(HttpServer.REFUSALS, "reason", reason).increment();
  }

  public LiveHub hub() {
    return hub;
  }
}
