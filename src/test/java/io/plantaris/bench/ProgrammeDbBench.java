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
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The programme's database at clinic scale (issue 12): seeds {@code patients} x {@code weeks} of
 * history (a session every second day, pain before it and the next morning, a decision after it,
 * three prescription versions), ten clinicians of 200 patients each, then times the service's
 * start-up, a login and {@code GET /api/patients} over HTTP, and the database reads behind a
 * clinician's overview of 200 patients and one patient's trends.
 *
 * <p>{@code mvn -B -q test-compile && java -cp target/test-classes:target/plantaris.jar
 * io.plantaris.bench.ProgrammeDbBench [patients] [weeks] [jdbc-url]} (default 2000 26, H2 file).
 */
public final class ProgrammeDbBench {
  static final Instant T0 = Instant.parse("2026-01-05T07:00:00Z");
  static final String PASSWORD = "programme bench password";
  static final int PER_CLINICIAN = 200;

  public static void main(String[] args) throws Exception {
    int patients = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 26;
    Path dir = Files.createTempDirectory("plantaris-dbbench");
    Path registryFile = dir.resolve("plantaris-registry.json");
    DatabaseConfig db =
        args.length > 2
            ? new DatabaseConfig(args[2], "plantaris", System.getenv(DatabaseConfig.PASSWORD_ENV))
            : DatabaseConfig.h2File(dir);
    RegistryState state = seed(patients, weeks);
    long t = System.nanoTime();
    try (JdbcProgrammeRepository r = JdbcProgrammeRepository.open(db)) {
      r.importAll(state);
    }
    System.out.printf(
        "seeded %d patients x %d weeks: %d sessions, %d pain reports, %d decisions in %.1f s%n",
        patients,
        weeks,
        state.sessions().size(),
        state.painReports().size(),
        state.decisions().size(),
        secs(t));
    JsonUserStore users = new JsonUserStore(JsonUserStore.besideRegistry(registryFile));
    users.add(
        new User("c01", Role.CLINICIAN, "c01", new PasswordHasher().hash(PASSWORD.toCharArray())));
    Path yaml = dir.resolve("bench.yaml");
    Files.writeString(
        yaml,
        String.join(
            "\n",
            "http: {host: 127.0.0.1, port: 0}",
            "broker: {embedded: false}",
            "mqtt: {enabled: false}",
            "store: {type: 'off'}",
            "dashboard: {enabled: true, registry: '" + registryFile + "',",
            "  requireSecondFactor: false}",
            "database: {url: '" + db.url() + "', user: '" + db.user() + "'}",
            ""));
    t = System.nanoTime();
    try (PlantarisService service = PlantarisService.start(ServiceConfig.load(yaml), List.of())) {
      System.out.printf("service start-up: %.0f ms%n", millis(t));
      http(service.httpPort());
    }
    try (JdbcProgrammeRepository r = JdbcProgrammeRepository.open(db)) {
      reads(r);
    }
  }

  /** Login and the patient list over HTTP, as the clinician c01 (200 patients). */
  static void http(int port) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String base = "http://127.0.0.1:" + port;
    double[] login = new double[5];
    for (int i = 0; i < login.length; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"user\":\"c01\",\"password\":\"" + PASSWORD + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      login[i] = millis(t);
      require(r, "login");
    }
    double[] list = new double[20];
    for (int i = 0; i < list.length; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/patients")).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      list[i] = millis(t);
      require(r, "/api/patients");
    }
    System.out.printf("login (HTTP, Argon2id included): median %.0f ms%n", median(login));
    System.out.printf("GET /api/patients (200 of them): median %.1f ms%n", median(list));
  }

  /** The database reads behind the overview and the trends, as the routes make them. */
  static void reads(JdbcProgrammeRepository r) {
    double[] overview = new double[10];
    for (int i = 0; i < overview.length; i++) {
      long t = System.nanoTime();
      int rows = 0;
      for (Patient p : r.patientsOf("c" + String.format("%02d", 1 + i % 10))) {
        rows += r.prescriptions(p.id()).versions().size();
        rows += r.decisions(p.id()).size();
        rows += r.painReports(p.id()).size();
      }
      overview[i] = millis(t);
      if (rows == 0) {
        throw new IllegalStateException("the overview read nothing");
      }
    }
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
        "overview of a clinician's 200 patients (database reads): median %.0f ms, max %.0f ms%n",
        median(overview), Arrays.stream(overview).max().orElse(0));
    System.out.printf(
        "a patient's trends (sessions, pain, prescriptions): median %.1f ms, max %.1f ms%n",
        median(trends), Arrays.stream(trends).max().orElse(0));
  }

  static RegistryState seed(int patients, int weeks) {
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
      PrescriptionVersion v = PrescriptionVersion.rathleff(id, T0, clinician);
      rx.add(v);
      for (int k = 1; k < 3; k++) {
        v = v.next(T0.plus(Duration.ofDays(k * 14L)), k, v.tempo(), 2.0 * k, true, clinician, "");
        rx.add(v);
      }
      for (int day = 0; day < days; day += 2) {
        Instant at = T0.plus(Duration.ofDays(day)).plusSeconds(n);
        String sid = id + "-s" + day;
        pain.add(new PainReport(id, PainKind.BEFORE, (n + day) % 6, at, ""));
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
        decisions.add(
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
                null));
      }
    }
    return new RegistryState(
        RegistryState.FORMAT_VERSION, ps, clinicians, insoles, rx, pain, sessions, decisions);
  }

  static String patientId(int n) {
    return String.format("p%05d", n);
  }

  static void require(HttpResponse<String> r, String what) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
    }
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
