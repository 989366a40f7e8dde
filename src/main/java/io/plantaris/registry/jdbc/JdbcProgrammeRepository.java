package io.plantaris.registry.jdbc;

import io.plantaris.programme.Decision;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionHistory;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.RegistryState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme in a relational database over JDBC: H2 in a file by default, PostgreSQL in
 * production, the same SQL for both (Flyway's {@code db/migration}). Every write is one
 * transaction, so concurrent requests and a kill leave whole records or none; every read goes
 * through the patient's or the clinician's index and reads only the rows it returns.
 */
public final class JdbcProgrammeRepository implements ProgrammeRegistry, AutoCloseable {
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(JdbcProgrammeRepository.class);

  private final Database db;
  private final String url;

  private JdbcProgrammeRepository(Database db, String url) {
    this.db = db;
    this.url = url;
  }

  /**
   * Opens (and creates or migrates) the database.
   *
   * @throws IllegalStateException when it cannot be reached or migrated
   */
  public static JdbcProgrammeRepository open(DatabaseConfig config) {
    return new JdbcProgrammeRepository(Database.open(config), config.url());
  }

  /**
   * Opens the database without a pool: a connection per call, so an embedded file is not held
   * between calls (short-lived tools and tests seeding a database a service opens).
   */
  public static JdbcProgrammeRepository openUnpooled(DatabaseConfig config) {
    return new JdbcProgrammeRepository(Database.openUnpooled(config), config.url());
  }

  /** The pool this repository runs on, for the access stores that share the database. */
  public Database database() {
    return db;
  }

  /** The JDBC URL, for messages (it holds no password). */
  public String url() {
    return url;
  }

  /** True when no clinician and no patient is stored yet. */
  public boolean isEmpty() {
    return db.transaction(JdbcProgrammeRepository::isEmpty);
  }

  private static boolean isEmpty(java.sql.Connection c) throws java.sql.SQLException {
    String sql = "SELECT (SELECT COUNT(*) FROM clinician) + (SELECT COUNT(*) FROM patient)";
    return Sql.query(c, sql, r -> r.getLong(1)).get(0) == 0;
  }

  /**
   * Stores a whole registry document in one transaction: all of it or, on any error, nothing.
   *
   * @throws IllegalStateException when the database already holds clinicians or patients
   */
  public void importAll(RegistryState s) {
    db.transaction(
        c -> {
          if (!isEmpty(c)) {
            throw new IllegalStateException(
                "the database " + url + " already holds a registry; import into an empty one");
          }
          for (Clinician x : s.clinicians()) {
            PeopleTables.insertClinician(c, x);
          }
          for (Patient x : s.patients()) {
            PeopleTables.insertPatient(c, x);
          }
          for (Insole x : s.insoles()) {
            PeopleTables.insertInsole(c, x);
          }
          for (PrescriptionVersion x : s.prescriptions()) {
            RecordTables.insertPrescription(c, x);
          }
          for (PainReport x : s.painReports()) {
            RecordTables.insertPain(c, x);
          }
          for (SessionOutcome x : s.sessions()) {
            RecordTables.putSession(c, x);
          }
          for (Decision x : s.decisions()) {
            RecordTables.insertDecision(c, x);
          }
          return null;
        });
    analyze();
  }

  /**
   * Statistics for the planner after a bulk load: a table filled in one go has none until the
   * engine's background job comes by, and plans made meanwhile can read whole tables (PostgreSQL
   * hashed every decision record for one overview before it had them: 360 ms instead of 15).
   */
  private void analyze() {
    try {
      db.transaction(c -> Sql.update(c, "ANALYZE"));
    } catch (IllegalStateException e) { // a user that may not analyze: slower plans, no harm
      log.warn("ANALYZE after the import failed: {}", e.getMessage());
    }
  }

  @Override
  public void addClinician(Clinician c) {
    db.transaction(x -> run(() -> PeopleTables.insertClinician(x, c)));
  }

  @Override
  public void addPatient(Patient p) {
    db.transaction(x -> run(() -> PeopleTables.insertPatient(x, p)));
  }

  @Override
  public Patient assign(String patientId, String clinicianId) {
    return db.transaction(
        x -> {
          PeopleTables.assign(x, patientId, clinicianId);
          return PeopleTables.patient(x, patientId).orElseThrow();
        });
  }

  @Override
  public void addInsole(Insole insole) {
    db.transaction(x -> run(() -> PeopleTables.insertInsole(x, insole)));
  }

  @Override
  public Optional<Patient> patient(String id) {
    return db.transaction(x -> PeopleTables.patient(x, id));
  }

  @Override
  public List<Patient> patients() {
    return db.transaction(PeopleTables::patients);
  }

  @Override
  public List<Patient> patientsOf(String clinicianId) {
    return db.transaction(x -> PeopleTables.patientsOf(x, clinicianId));
  }

  @Override
  public List<Clinician> clinicians() {
    return db.transaction(PeopleTables::clinicians);
  }

  @Override
  public List<Insole> insoles(String patientId) {
    return db.transaction(x -> PeopleTables.insoles(x, patientId));
  }

  @Override
  public List<Insole> insoles() {
    return db.transaction(PeopleTables::insoles);
  }

  @Override
  public Optional<Insole> insole(String deviceId) {
    return db.transaction(x -> PeopleTables.insole(x, deviceId));
  }

  @Override
  public PrescriptionHistory prescriptions(String patientId) {
    return new PrescriptionHistory(db.transaction(x -> RecordTables.prescriptions(x, patientId)));
  }

  @Override
  public void addPrescription(PrescriptionVersion version) {
    db.transaction(x -> run(() -> RecordTables.insertPrescription(x, version)));
  }

  @Override
  public List<PainReport> painReports(String patientId) {
    return db.transaction(x -> RecordTables.painReports(x, patientId));
  }

  @Override
  public void addPainReport(PainReport report) {
    db.transaction(x -> run(() -> RecordTables.insertPain(x, report)));
  }

  @Override
  public List<SessionOutcome> sessions(String patientId) {
    return db.transaction(x -> RecordTables.sessions(x, patientId));
  }

  @Override
  public void addSession(SessionOutcome session) {
    db.transaction(x -> run(() -> RecordTables.putSession(x, session)));
  }

  @Override
  public List<Decision> decisions(String patientId) {
    return db.transaction(x -> RecordTables.decisions(x, patientId));
  }

  @Override
  public void addDecision(Decision decision) {
    db.transaction(x -> run(() -> RecordTables.insertDecision(x, decision)));
  }

  @Override
  public Map<String, PrescriptionHistory> prescriptionsByPatient(Collection<String> patientIds) {
    return db.transaction(x -> PatientBatches.prescriptions(x, patientIds));
  }

  @Override
  public Map<String, Optional<PrescriptionVersion>> latestPrescriptionsByPatient(
      Collection<String> patientIds) {
    return db.transaction(x -> PatientBatches.latestPrescriptions(x, patientIds));
  }

  @Override
  public Map<String, List<PainReport>> painReportsByPatient(
      Collection<String> patientIds, Instant from, Instant to) {
    return db.transaction(x -> PatientBatches.painReports(x, patientIds, null, from, to));
  }

  @Override
  public Map<String, List<PainReport>> painReportsByPatient(
      Collection<String> patientIds, PainKind kind, Instant from, Instant to) {
    java.util.Objects.requireNonNull(kind, "kind");
    return db.transaction(x -> PatientBatches.painReports(x, patientIds, kind, from, to));
  }

  @Override
  public Map<String, List<Decision>> decisionsByPatient(Collection<String> patientIds) {
    return db.transaction(x -> PatientBatches.decisions(x, patientIds));
  }

  @Override
  public Map<String, List<Decision>> proposedDecisionsByPatient(Collection<String> patientIds) {
    return db.transaction(x -> PatientBatches.proposedDecisions(x, patientIds));
  }

  @Override
  public void close() {
    db.close();
  }

  /** A write with no result. */
  private interface Write {
    void run() throws java.sql.SQLException;
  }

  private static Object run(Write w) throws java.sql.SQLException {
    w.run();
    return null;
  }
}
