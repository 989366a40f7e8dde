package io.plantaris.bench;

import io.plantaris.access.JsonUserStore;
import io.plantaris.access.PasswordHasher;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.insole.Side;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import io.plantaris.service.PlantarisService;
import io.plantaris.service.ServiceConfig;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The service as the latency bench drives it: embedded broker, dashboard on, nothing stored, and a
 * registry of {@code insoles} virtual insoles ({@code prefix-00001...}) worn two per patient
 * ({@code p01...}); one admin user {@link #USER} may watch every patient.
 */
final class LatencyStack implements AutoCloseable {
  static final String USER = "bench";
  static final String PASSWORD = "latency bench password";

  final PlantarisService service;
  final String base;
  final int brokerPort;

  LatencyStack(Path dir, String prefix, int insoles) throws Exception {
    Path registryFile = dir.resolve("registry.json");
    ProgrammeRegistry r = TestRegistry.at(registryFile);
    r.addClinician(new Clinician("c1", "Dr Bench"));
    for (int p = 1; p <= (insoles + 1) / 2; p++) {
      r.addPatient(new Patient(patient(p), "Patient " + p, List.of("c1")));
    }
    for (int i = 1; i <= insoles; i++) {
      String device = String.format("%s-%05d", prefix, i);
      r.addInsole(new Insole(device, patient((i + 1) / 2), i % 2 == 1 ? Side.LEFT : Side.RIGHT));
    }
    String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
    new JsonUserStore(JsonUserStore.besideRegistry(registryFile))
        .add(new User(USER, Role.ADMIN, null, hash));
    brokerPort = freePort();
    Path yaml = dir.resolve("bench.yaml");
    Files.writeString(
        yaml,
        String.join(
            "\n",
            "http: {host: 127.0.0.1, port: 0}",
            "broker: {embedded: true, bind: 127.0.0.1, port: " + brokerPort + ",",
            "  persistence: in-memory, dataDir: '" + dir.resolve("broker") + "'}",
            "mqtt: {host: 127.0.0.1, port: " + brokerPort + "}",
            "store: {type: 'off'}",
            "dashboard: {enabled: true, registry: '" + registryFile + "',",
            "  requireSecondFactor: false}", // the bench's admin types no TOTP code
            ""));
    service = PlantarisService.start(ServiceConfig.load(yaml), List.of());
    base = "http://127.0.0.1:" + service.httpPort();
  }

  static String patient(int n) {
    return String.format("p%02d", n);
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    service.close();
  }
}
