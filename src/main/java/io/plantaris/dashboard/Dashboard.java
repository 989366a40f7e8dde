package io.plantaris.dashboard;

import io.javalin.Javalin;
import io.plantaris.access.AccessPolicy;
import io.plantaris.access.AuditLog;
import io.plantaris.access.LoginLimiter;
import io.plantaris.access.PasswordHasher;
import io.plantaris.access.SessionStore;
import io.plantaris.access.UserStore;
import io.plantaris.analysis.Prescription;
import io.plantaris.ingest.IngestService;
import io.plantaris.progression.LiveProgramme;
import io.plantaris.registry.JsonFileRegistry;
import io.plantaris.store.TimeSeriesStore;
import java.time.Clock;

/**
 * The patient's live page and the access-controlled API behind it, installed on the service's HTTP
 * server: users log in, and every patient resource checks who may see it and logs the access.
 */
public final class Dashboard {
  final DashboardConfig config;
  final JsonFileRegistry registry;
  final UserStore users;
  final PasswordHasher hasher = new PasswordHasher();
  final SessionStore sessions =
      new SessionStore(System::currentTimeMillis, SessionStore.DEFAULT_IDLE_MILLIS);
  final LoginLimiter limiter =
      new LoginLimiter(
          System::currentTimeMillis,
          LoginLimiter.DEFAULT_MAX_FAILURES,
          LoginLimiter.DEFAULT_WINDOW_MILLIS);
  final AuditLog audit;
  final AccessPolicy policy;
  final LiveHub hub;
  final Prescription defaultPrescription;

  /** The time-series store (history, trends, pain and decisions), or null when storing is off. */
  final TimeSeriesStore store;

  /** The progression engine: decisions, reviews, session end, pain reports. */
  final LiveProgramme programme;

  /**
   * Subscribes the live hub to {@code ingest}; the routes go on with {@link #install}.
   *
   * @param programme the live progression engine over the same registry file
   */
  public Dashboard(
      DashboardConfig config,
      IngestService ingest,
      TimeSeriesStore store,
      LiveProgramme programme) {
    this.config = config;
    this.store = store;
    this.programme = programme;
    this.registry = programme.registry();
    this.users = new UserStore(config.usersFile());
    this.audit = new AuditLog(config.auditFile());
    this.policy = new AccessPolicy(registry);
    this.defaultPrescription = ingest.config().prescription();
    this.hub = new LiveHub(registry::patientOf);
    ingest.addListener(hub);
    ingest.addSampleListener(hub);
  }

  public void install(Javalin app) {
    new AuthRoutes(this).install(app);
    new PatientRoutes(this).install(app);
    new ProgrammeRoutes(this).install(app);
    new PrescriptionRoutes(this).install(app);
    new ClinicianRoutes(this, Clock.systemUTC()).install(app);
    new HistoryRoutes(this, Clock.systemUTC()).install(app);
    new FhirRoutes(this).install(app);
  }

  public LiveHub hub() {
    return hub;
  }
}
