package io.plantaris.cli;

import io.plantaris.access.PasswordHasher;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.access.UserStore;
import io.plantaris.access.jdbc.JdbcUserStore;
import io.plantaris.dashboard.DashboardConfig;
import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.insole.SensorLayout;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.protocol.WireTrackReader;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import io.plantaris.service.MqttInsoleBridge;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The README's main job: starts the service on embedded defaults with the dashboard, a demo patient
 * and clinician (one-time passwords printed), and lets a virtual insole stream a sample recording
 * to it over MQTT, so the live page moves while each rep's verdict is printed. Everything it
 * creates lives in one temporary folder, deleted at the end.
 */
@Command(
    name = "demo",
    description =
        "Start the service on embedded defaults and stream a sample recording through a virtual "
            + "insole over MQTT, printing each rep's verdict as it happens.")
final class DemoCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      description = "wire recordings of one person's insoles (default: samples/faults-set.plw)")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--speed",
      defaultValue = "1",
      description = "times real time (default ${DEFAULT-VALUE}); verdicts use device time")
  double speed;

  @Option(names = "--http-port", defaultValue = "8080", description = "0 picks a free port")
  int httpPort;

  @Option(
      names = "--wait",
      defaultValue = "0",
      description =
          "seconds to wait before streaming (time to open the live page) and to keep the service"
              + " up after it (default ${DEFAULT-VALUE})")
  int waitSeconds;

  static final String PATIENT = "demo-patient";
  private static final String BUNDLED_SAMPLE = "/io/plantaris/demo/faults-set.plw";
  static final String CLINICIAN = "demo-clinician";

  @Override
  public Integer call() throws Exception {
    List<byte[]> wires = new ArrayList<>();
    if (files.isEmpty()) {
      Path sample = Path.of("samples", "faults-set.plw");
      if (Files.isReadable(sample)) {
        files = List.of(sample);
      } else {
        wires.add(bundledSample()); // outside the project folder: the copy inside the jar
      }
    }
    for (Path f : files) {
      if (!Files.isReadable(f)) {
        System.err.println("demo: cannot read " + f);
        return 2;
      }
      wires.add(Files.readAllBytes(f));
    }
    Path home = Files.createTempDirectory("plantaris-demo");
    try {
      return run(wires, home);
    } finally {
      deleteAll(home);
    }
  }

  private int run(List<byte[]> wires, Path home) throws Exception {
    int brokerPort = freePortOr(1883);
    Path registryFile = home.resolve("registry.json");
    String patientPassword = oneTimePassword();
    String clinicianPassword = oneTimePassword();
    demoRegistry(registryFile, wires, patientPassword, clinicianPassword);
    MqttEndpoint endpoint = MqttEndpoint.plain("127.0.0.1", brokerPort);
    ServiceConfig cfg =
        ServiceConfig.defaults()
            .withBroker(EmbeddedBrokerConfig.of(brokerPort, home.resolve("broker")))
            .withMqtt(MqttSourceConfig.of(endpoint).withClientId("plantaris-demo"))
            .withHttpPort(freePortOr(httpPort))
            .withDashboard(new DashboardConfig(registryFile, null, null, false))
            .withStore(null); // the demo shows live verdicts; `run` stores them
    LiveReport report = new LiveReport(System.out);
    System.out.printf("starting the service: embedded MQTT broker on port %d%n", brokerPort);
    try (PlantarisService service = PlantarisService.start(cfg, List.of(report))) {
      String base = "http://127.0.0.1:" + service.httpPort();
      System.out.printf("ready in %d ms; health on %s/health%n", service.readyMillis(), base);
      System.out.printf(
          "live page: %s/live  (log in as %s, one-time password %s)%n",
          base, PATIENT, patientPassword);
      System.out.printf(
          "clinician: %s/clinician  (log in as %s, one-time password %s)%n",
          base, CLINICIAN, clinicianPassword);
      pause();
      System.out.printf(
          "a virtual insole streams %s at %.1fx real time...%n",
          files.isEmpty() ? "the demo recording" : files, speed);
      try (MqttInsoleBridge insoles = new MqttInsoleBridge(MqttPublisherConfig.of(endpoint))) {
        ReplaySource replay = ReplaySource.ofWire(wires, speed);
        replay.start(insoles);
        replay.awaitDone();
        awaitQuiet(service);
      } // closing the insoles says offline: the last set closes and shows on the page
      awaitQuiet(service);
      pause();
      printLinkSummary(service);
    }
    System.out.printf(
        "%d reps in %d set(s). Next: `java -jar target/plantaris.jar run` starts the service for "
            + "real insoles (see README, Configuration); `analyze FILE` judges a recording offline.%n",
        report.reps(), report.sets());
    return 0;
  }

  private void pause() throws InterruptedException {
    if (waitSeconds > 0) {
      Thread.sleep(waitSeconds * 1000L);
    }
  }

  /** A demo patient wearing the recordings' insoles, her clinician, and their logins. */
  private static void demoRegistry(
      Path registryFile, List<byte[]> wires, String patientPassword, String clinicianPassword)
      throws IOException {
    try (JdbcProgrammeRepository r =
        JdbcProgrammeRepository.open(DashboardConfig.defaultDatabase(registryFile))) {
      r.addClinician(new Clinician(CLINICIAN, "Demo Clinician"));
      r.addPatient(new Patient(PATIENT, "Demo Patient", List.of(CLINICIAN)));
      for (byte[] wire : wires) {
        SensorLayout l = WireTrackReader.read(wire).track().layout();
        r.addInsole(new Insole(l.deviceId(), PATIENT, l.side()));
      }
      r.addPrescription(PrescriptionVersion.rathleff(PATIENT, Instant.now(), CLINICIAN));
      UserStore users = new JdbcUserStore(r.database());
      PasswordHasher h = new PasswordHasher();
      users.add(new User(PATIENT, Role.PATIENT, PATIENT, h.hash(patientPassword.toCharArray())));
      users.add(
          new User(CLINICIAN, Role.CLINICIAN, CLINICIAN, h.hash(clinicianPassword.toCharArray())));
    }
  }

  /** Twelve letters and digits a person can type (no 0/O, 1/l). */
  static String oneTimePassword() {
    String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      if (i % 4 == 3 && i < 11) {
        b.append('-');
      }
    }
    return b.toString();
  }

  private static void deleteAll(Path dir) {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("demo: could not delete " + dir + ": " + e.getMessage());
    }
  }

  private static void awaitQuiet(PlantarisService service) throws InterruptedException {
    long last = -1;
    for (int stable = 0; stable < 6; ) {
      Thread.sleep(250);
      long samples = 0;
      int queued = 0;
      for (DeviceStats d : service.ingest().devices()) {
        samples += d.samplesOut();
        queued += d.queueDepth();
      }
      stable = samples == last && queued == 0 ? stable + 1 : 0;
      last = samples;
    }
  }

  private static void printLinkSummary(PlantarisService service) {
    for (DeviceStats d : service.ingest().devices()) {
      System.out.printf(
          "insole %s: %d frames, %d samples, %d lost, %d duplicates, decode errors %s%n",
          d.deviceId(),
          d.framesOk(),
          d.samplesOut(),
          d.link().lostFrames(),
          d.link().duplicates(),
          d.decodeErrors().isEmpty() ? "none" : d.decodeErrors());
    }
  }

  private static int freePortOr(int preferred) throws IOException {
    if (preferred > 0) {
      try (ServerSocket s = new ServerSocket(preferred)) {
        return preferred;
      } catch (IOException busy) {
        // taken: fall through to a free one
      }
    }
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static byte[] bundledSample() throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(BUNDLED_SAMPLE)) {
      if (in == null) {
        throw new IOException("the demo recording " + BUNDLED_SAMPLE + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }
}
