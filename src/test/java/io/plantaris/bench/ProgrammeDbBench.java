package io.plantaris.bench;

import io.plantaris.access.JsonUserStore;
import io.plantaris.access.PasswordHasher;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.analysis.RmSignal;
import io.plantaris.insole.Side;
import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.programme.SetOutcome;
import io.plantaris.programme.Trigger;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.registry.RegistryState;
import io.plantaris.registry.jdbc.DatabaseConfig;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import io.plantaris.registry.jdbc.PostgresServer;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The programme's database at clinic scale (issue 12): seeds {@code patients} x {@code weeks} of
 * history ending today (a session every second day, pain before, during and the next morning, a
 * decision after it, accepted by the clinician a day later except in the last week, three
 * prescription versions), ten clinicians of 200 patients each, then times the service's start-up, a
 * login, the patient list, a clinician's overview and one patient's trends over HTTP, the database
 * reads behind the last two, and {@code bench.clinicians} clinicians browsing at once for {@code
 * bench.seconds}.
 *
 * <p>{@code mvn -B -q test-compile && java -cp target/test-classes:target/classes:$(cat cp.txt)
 * io.plantaris.bench.ProgrammeDbBench [patients] [weeks] [h2 | postgres | jdbc-url]} (default 2000
 * 26 h2: an H2 file; postgres: a throw-away server from Debian's package, as the tests start it).
 * {@code -Dbench.dir=DIR} keeps the seeded H2 file there and reuses it on the next run. The
 * time-series store is the embedded one, empty: the HTTP figures include its (empty) reads.
 */
public final class ProgrammeDbBench {
  static final String PASSWORD = "programme bench password";
  static final int PER_CLINICIAN = 200;

  public static void main(String[] args) throws Exception {
    int patients = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 26;
    String where = args.length > 2 ? args[2] : "h2";
    int browsing = Integer.getInteger("bench.clinicians", 50);
    long seconds = Long.getLong("bench.seconds", 30);
    System.out.println("machine: " + Machine.describe());
    String kept = System.getProperty("bench.dir");
    Path dir = kept != null ? Files.createDirectories(Path.of(kept)) : tempDir();
    Path registryFile = dir.resolve("plantaris-registry.json");
    PostgresServer pg = where.equals("postgres") ? PostgresServer.start() : null;
    try {
      DatabaseConfig db =
          switch (where) {
            case "h2" -> DatabaseConfig.h2File(dir);
            case "postgres" -> pg.newDatabase("bench");
            default ->
                new DatabaseConfig(where, "plantaris", System.getenv(DatabaseConfig.PASSWORD_ENV));
          };
      System.out.println("database: " + db.url());
      seedOnce(db, patients, weeks);
      int clinicians = Math.max(1, patients / PER_CLINICIAN);
      List<String> users = users(registryFile, browsing, clinicians);
      Path yaml = dir.resolve("bench.yaml");
      Files.writeString(yaml, yaml(dir, registryFile, db, false));
      long t = System.nanoTime();
      try (PlantarisService service = PlantarisService.start(ServiceConfig.load(yaml), List.of())) {
        System.out.printf("service start-up (store off): %.0f ms%n", millis(t));
      }
      Files.writeString(yaml, yaml(dir, registryFile, db, true));
      t = System.nanoTime();
      try (PlantarisService service = PlantarisService.start(ServiceConfig.load(yaml), List.of())) {
        System.out.printf("service start-up (embedded store): %.0f ms%n", millis(t));
        http(service.httpPort());
        ClinicianLoad.run(
            service.httpPort(),
            users,
            PASSWORD,
            (user, round) -> patientOf(1 + user % clinicians, round * 37 + user),
            seconds);
      }
      try (JdbcProgrammeRepository r = JdbcProgrammeRepository.open(db)) {
        reads(r);
      }
      System.out.println("machine at the end: " + Machine.describe());
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  private static Path tempDir() throws java.io.IOException {
    return Files.createTempDirectory("plantaris-dbbench");
  }

  /** Seeds an empty database; one seeded before (a kept H2 file) is used as it is. */
  static void seedOnce(DatabaseConfig db, int patients, int weeks) {
    try (JdbcProgrammeRepository r = JdbcProgrammeRepository.open(db)) {
      if (!r.isEmpty()) {
        System.out.println("seeded before: " + r.patients().size() + " patients");
        return;
      }
      Instant t0 =
          LocalDate.now(ZoneOffset.UTC)
              .minusWeeks(weeks)
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant()
              .plus(Duration.ofHours(7));
      RegistryState state = seed(patients, weeks, t0);
      long t = System.nanoTime();
      r.importAll(state);
      System.out.printf(
          "seeded %d patients x %d weeks: %d sessions, %d pain reports, %d decision records"
              + " in %.1f s%n",
          patients,
          weeks,
          state.sessions().size(),
          state.painReports().size(),
          state.decisions().size(),
          secs(t));
    }
  }

  /**
   * The users who browse: c01 (clinician c01) and b01..bNN, user i seeing clinician i modulo the
   * clinicians' count. Made once per folder: each hash takes Argon2id's time.
   */
  static List<String> users(Path registryFile, int count, int clinicians) {
    JsonUserStore store = new JsonUserStore(JsonUserStore.besideRegistry(registryFile));
    PasswordHasher hasher = new PasswordHasher();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format("b%02d", i + 1);
      String clinician = String.format("c%02d", 1 + i % clinicians);
      if (store.find(id).isEmpty()) {
        store.add(new User(id, Role.CLINICIAN, clinician, hasher.hash(PASSWORD.toCharArray())));
      }
      out.add(id);
    }
    if (store.find("c01").isEmpty()) {
      store.add(new User("c01", Role.CLINICIAN, "c01", hasher.hash(PASSWORD.toCharArray())));
    }
    return out;
  }

  static String yaml(Path dir, Path registryFile, DatabaseConfig db, boolean store) {
    String storeYaml =
        store
            ? "store: {type: embedded, dataDir: '"
                + dir.resolve("questdb")
                + "', port: "
                + freePort()
                + ", spoolDir: '"
                + dir.resolve("spool")
                + "'}"
            : "store: {type: 'off'}";
    return String.join(
        "\n",
        "http: {host: 127.0.0.1, port: 0}",
        "broker: {embedded: false}",
        "mqtt: {enabled: false}",
        storeYaml,
        "dashboard: {enabled: true, registry: '" + registryFile + "',",
        "  requireSecondFactor: false}",
        "database: {url: '" + db.url() + "', user: '" + db.user() + "'}",
        "");
  }

  static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** One at a time over HTTP, as the clinician c01 (200 patients). */
  static void http(int port) throws Exception {
    ClinicianClient c = new ClinicianClient(port);
    // the first logins: right after start-up, while the embedded store starts and the JIT warms
    double[] login = time(20, i -> login(c));
    c.awaitReady("/api/patients/" + patientOf(1, 0) + "/trends"); // the store is up
    double[] list = time(20, i -> c.get("/api/patients"));
    double[] overview = time(10, i -> c.get("/api/clinician/overview"));
    double[] trends = time(50, i -> c.get("/api/patients/" + patientOf(1, i * 37) + "/trends"));
    PasswordHasher hasher = new PasswordHasher();
    String hash = hasher.hash(PASSWORD.toCharArray());
    double[] argon = time(20, i -> String.valueOf(hasher.verify(PASSWORD.toCharArray(), hash)));
    // the same again with the service settled, and the process's CPU per request: on a machine
    // shared with others the wall time also counts the time they held the cores, the CPU does not
    long cpu0 = Machine.processCpuNanos();
    double[] settledLogin = time(20, i -> login(c));
    double loginCpu = (Machine.processCpuNanos() - cpu0) / 1e6 / settledLogin.length;
    cpu0 = Machine.processCpuNanos();
    double[] settledOverview = time(10, i -> c.get("/api/clinician/overview"));
    double overviewCpu = (Machine.processCpuNanos() - cpu0) / 1e6 / settledOverview.length;
    System.out.printf(
        "login (HTTP, Argon2id included): first %.0f ms, median of %d %.0f ms"
            + " (Argon2id alone, same JVM: median %.0f ms)%n",
        login[0], login.length, median(login), median(argon));
    System.out.printf(
        "login, service settled: median of %d %.0f ms, CPU of the process %.0f ms per login%n",
        settledLogin.length, median(settledLogin), loginCpu);
    System.out.printf("GET /api/patients (200 of them): median %.1f ms%n", median(list));
    System.out.printf(
        "GET /api/clinician/overview (200 patients): first %.0f ms, median %.0f ms, max %.0f ms%n",
        overview[0], median(overview), Arrays.stream(overview).max().orElse(0));
    System.out.printf(
        "GET /api/clinician/overview, settled: median of %d %.0f ms, CPU of the process %.0f ms"
            + " per overview%n",
        settledOverview.length, median(settledOverview), overviewCpu);
    System.out.printf(
        "GET /api/patients/{id}/trends: median %.1f ms, max %.1f ms%n",
        median(trends), Arrays.stream(trends).max().orElse(0));
  }

  private static String login(ClinicianClient c) throws Exception {
    c.login("c01", PASSWORD);
    return "";
  }

  /** A request of the sequence, numbered. */
  interface Call {
    String run(int i) throws Exception;
  }

  static double[] time(int n, Call call) throws Exception {
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      call.run(i);
      ms[i] = millis(t);
    }
    return ms;
  }

  /** The k-th patient (any k, wrapped) of clinician {@code clinician} (1-based). */
  static String patientOf(int clinician, int k) {
    return patientId((clinician - 1) * PER_CLINICIAN + 1 + Math.floorMod(k, PER_CLINICIAN));
  }

  /**
   * The database reads behind the overview, one patient at a time (as the route made them) and in
   * one query per kind for the 200 (as it makes them now), and behind one patient's trends.
   */
  static void reads(JdbcProgrammeRepository r) {
    double[] single = new double[10];
    double[] batched = new double[10];
    Instant now = Instant.now();
    Instant from = now.minus(Duration.ofDays(28));
    for (int i = 0; i < single.length; i++) {
      List<String> ids =
          r.patientsOf(String.format("c%02d", 1 + i % 10)).stream().map(Patient::id).toList();
      long t = System.nanoTime();
      int rows = 0;
      for (String id : ids) {
        rows += r.prescriptions(id).versions().size();
        rows += r.decisions(id).size();
        rows += r.painReports(id).size();
      }
      single[i] = millis(t);
      t = System.nanoTime();
      int batchRows =
          r.prescriptionsByPatient(ids).values().stream().mapToInt(h -> h.versions().size()).sum()
              + r.proposedDecisionsByPatient(ids).values().stream().mapToInt(List::size).sum()
              + r.painReportsByPatient(ids, from, now).values().stream().mapToInt(List::size).sum();
      batched[i] = millis(t);
      if (rows == 0 || batchRows == 0) {
        throw new IllegalStateException("the overview read nothing");
      }
    }
    System.out.printf(
        "overview's database reads, 200 patients one at a time: median %.0f ms, max %.0f ms%n",
        median(single), Arrays.stream(single).max().orElse(0));
    System.out.printf(
        "overview's database reads, one query per kind (waiting decisions, pain of 28 days):"
            + " median %.0f ms,"
            + " max %.0f ms%n",
        median(batched), Arrays.stream(batched).max().orElse(0));
    double[] trends = new double[50];
    for (int i = 0; i < trends.length; i++) {
      String id = patientId(1 + i * 37);
      long t = System.nanoTime();
      int rows =
          r.sessions(id).size() + r.painReports(id).size() + r.prescriptions(id).versions().size();
      trends[i] = millis(t);
      if (rows == 0) {
        throw new IllegalStateException("no trends for " + id);
      }
    }
    System.out.printf(
        "a patient's trends (sessions, pain, prescriptions): median %.1f ms, max %.1f ms%n",
        median(trends), Arrays.stream(trends).max().orElse(0));
  }

  static RegistryState seed(int patients, int weeks, Instant t0) {
    List<Clinician> clinicians = new ArrayList<>();
    for (int c = 1; c <= Math.max(1, patients / PER_CLINICIAN); c++) {
      clinicians.add(new Clinician(String.format("c%02d", c), "Dr " + c));
    }
    List<Patient> ps = new ArrayList<>();
    List<Insole> insoles = new ArrayList<>();
    List<PrescriptionVersion> rx = new ArrayList<>();
    List<PainReport> pain = new ArrayList<>();
    List<SessionOutcome> sessions = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    int days = weeks * 7;
    for (int n = 1; n <= patients; n++) {
      String id = patientId(n);
      String clinician = clinicians.get((n - 1) / PER_CLINICIAN % clinicians.size()).id();
      ps.add(new Patient(id, "Patient " + n, List.of(clinician)));
      insoles.add(new Insole(id + "-L", id, Side.LEFT));
      insoles.add(new Insole(id + "-R", id, Side.RIGHT));
      PrescriptionVersion v = PrescriptionVersion.rathleff(id, t0, clinician);
      rx.add(v);
      for (int k = 1; k < 3; k++) {
        v = v.next(t0.plus(Duration.ofDays(k * 14L)), k, v.tempo(), 2.0 * k, true, clinician, "");
        rx.add(v);
      }
      for (int day = 0; day < days; day += 2) {
        Instant at = t0.plus(Duration.ofDays(day)).plusSeconds(n);
        String sid = id + "-s" + day;
        pain.add(new PainReport(id, PainKind.BEFORE, (n + day) % 6, at, ""));
        pain.add(new PainReport(id, PainKind.DURING, (n + day) % 4, at.plusSeconds(1200), ""));
        pain.add(
            new PainReport(id, PainKind.NEXT_MORNING, (n + day) % 5, at.plusSeconds(86_000), ""));
        sessions.add(
            new SessionOutcome(
                sid,
                id,
                at.plusSeconds(1800),
                List.of(
                    new SetOutcome(1, 12, 11, 0.9, 0, RmSignal.COMPLETED_WITH_RESERVE),
                    new SetOutcome(2, 12, 10, 0.85, 1, RmSignal.DEGRADED),
                    new SetOutcome(3, 12, 9, 0.8, 1, RmSignal.DEGRADED))));
        Decision d =
            new Decision(
                "d-" + sid,
                id,
                sid,
                Trigger.AFTER_SESSION,
                at.plusSeconds(1801),
                3,
                "KEEP_AT_RM",
                "summary",
                Change.of(Action.KEEP),
                List.of("valid reps 9 of 12: keep"),
                DecisionStatus.PROPOSED,
                null);
        decisions.add(d);
        if (day < days - 7) { // reviewed, as a clinic does; the last week's still wait
          decisions.add(d.accept(clinician, at.plusSeconds(86_400), ""));
        }
      }
    }
    return new RegistryState(
        RegistryState.FORMAT_VERSION, ps, clinicians, insoles, rx, pain, sessions, decisions);
  }

  static String patientId(int n) {
    return String.format("p%05d", n);
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  static double millis(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }

  static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
