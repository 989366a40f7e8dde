package io.plantaris.dashboard;

import io.plantaris.access.AuditEntry;
import io.plantaris.access.PasswordHasher;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.access.UserStore;
import io.plantaris.access.jdbc.JdbcAuditLog;
import io.plantaris.access.jdbc.JdbcUserStore;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.protocol.WireTrackReader;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import io.plantaris.store.SpoolConfig;
import io.plantaris.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A service with the dashboard on a free port and no broker: patients p1 (clinician c1, wears the
 * insole of samples/faults-set.plw) and p2 (clinician c2); users ann (p1), bob (p2), cara (c1),
 * root (admin), all with password {@link #PASSWORD}.
 */
final class DashboardFixture implements AutoCloseable {
  static final String PASSWORD = "correct horse battery";
  static final Path FAULTS = Path.of("samples/faults-set.plw");

  final Path dir;
  final PlantarisService service;
  final String base;
  final String deviceId;
  final DashboardConfig config;
  final ServiceConfig serviceConfig;

  DashboardFixture(Path dir) throws Exception {
    this(dir, (StoreConfig) null);
  }

  /**
   * @param withStore also run the embedded QuestDB store (on a free port)
   */
  DashboardFixture(Path dir, boolean withStore) throws Exception {
    this(
        dir,
        withStore
            ? StoreConfig.embedded(dir.resolve("questdb"), 0, SpoolConfig.of(dir.resolve("spool")))
            : null);
  }

  /** The same with a time-series store ({@code store} null: storing off). */
  DashboardFixture(Path dir, StoreConfig store) throws Exception {
    this.dir = dir;
    Path registryFile = dir.resolve("registry.json");
    ProgrammeRegistry r = TestRegistry.at(registryFile);
    r.addClinician(new Clinician("c1", "Dr One"));
    r.addClinician(new Clinician("c2", "Dr Two"));
    r.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    r.addPatient(new Patient("p2", "Patient Two", List.of("c2")));
    var layout = WireTrackReader.read(Files.readAllBytes(FAULTS)).track().layout();
    deviceId = layout.deviceId();
    r.addInsole(new Insole(deviceId, "p1", layout.side()));
    UserStore users = new JdbcUserStore(TestRegistry.at(registryFile).database());
    PasswordHasher h = new PasswordHasher();
    String hash = h.hash(PASSWORD.toCharArray());
    users.add(new User("ann", Role.PATIENT, "p1", hash));
    users.add(new User("bob", Role.PATIENT, "p2", hash));
    users.add(new User("cara", Role.CLINICIAN, "c1", hash));
    users.add(new User("root", Role.ADMIN, null, hash));
    config = new DashboardConfig(registryFile, null, null, false);
    serviceConfig =
        new ServiceConfig(
            null, null, List.of(), null, IngestConfig.defaults(), "127.0.0.1", 0, store, config);
    service = PlantarisService.start(serviceConfig, List.of());
    base = "http://127.0.0.1:" + service.httpPort();
  }

  /** The audit log in the database, in the lines of the file format ({@link AuditEntry#line()}). */
  String audit() {
    return auditEntries().stream().map(e -> e.line() + "\n").collect(Collectors.joining());
  }

  List<AuditEntry> auditEntries() {
    return new JdbcAuditLog(TestRegistry.at(config.registryFile()).database()).last(1_000_000);
  }

  /** Another service on the same database and files (a second replica, or the one restarted). */
  PlantarisService startAnother() throws Exception {
    return PlantarisService.start(serviceConfig, List.of());
  }

  @Override
  public void close() {
    service.close();
  }
}
