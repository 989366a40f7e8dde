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
import io.plantaris.programme.ProgrammeService;
import io.plantaris.programme.ProgressionConfig;
import io.plantaris.programme.ProgressionEngine;
import io.plantaris.registry.Insole;
import io.plantaris.registry.JsonFileRegistry;
import io.plantaris.store.TimeSeriesStore;
import java.time.Clock;
import java.util.Optional;

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

  /** Subscribes the live hub to {@code ingest}; the routes go on with {@link #install}. */
  public Dashboard(DashboardConfig config, IngestService ingest, TimeSeriesStore store) {
    this.config = config;
    this.store = store;
    this.registry = new JsonFileRegistry(config.registryFile());
    this.users = new UserStore(config.usersFile());
    this.audit = new AuditLog(config.auditFile());
    this.policy = new AccessPolicy(registry);
    this.defaultPrescription = ingest.config().prescription();
    this.hub = new LiveHub(this::patientOf);
    ingest.addListener(hub);
    ingest.addSampleListener(hub);
  }

  private Optional<String> patientOf(String deviceOrPerson) {
    Optional<String> p = registry.insole(deviceOrPerson).map(Insole::patientId);
    if (p.isPresent()) {
      return p;
    }
    return registry.patient(deviceOrPerson).map(x -> x.id());
  }

  public void install(Javalin app) {
    new AuthRoutes(this).install(app);
    new PatientRoutes(this).install(app);
    ProgrammeService programme =
        new ProgrammeService(registry, new ProgressionEngine(ProgressionConfig.defaults()));
    new ClinicianRoutes(this, programme, Clock.systemUTC()).install(app);
    new HistoryRoutes(this, programme, Clock.systemUTC()).install(app);
  }

  public LiveHub hub() {
    return hub;
  }
}
