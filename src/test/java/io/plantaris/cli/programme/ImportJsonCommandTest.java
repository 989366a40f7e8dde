package io.plantaris.cli.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.cli.PlantarisCli;
import io.plantaris.insole.Side;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.JsonFileRegistry;
import io.plantaris.registry.Patient;
import io.plantaris.registry.jdbc.DatabaseConfig;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code programme import-json}: an old JSON registry moves into the database once, reported. */
class ImportJsonCommandTest {
  static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  Run run(String... args) {
    CommandLine cli = PlantarisCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void movesEveryKindOnceAndSaysHowMany() throws Exception {
    Path json = dir.resolve("old/plantaris-registry.json");
    JsonFileRegistry old = new JsonFileRegistry(json);
    old.addClinician(new Clinician("c1", "Dr One"));
    old.addClinician(new Clinician("c2", "Dr Two"));
    old.addPatient(new Patient("p1", "Ann", List.of("c1", "c2")));
    old.addPatient(new Patient("p2", "Bo", List.of("c2")));
    old.addInsole(new Insole("PL-1-L", "p1", Side.LEFT));
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", T0, "c1");
    old.addPrescription(v1);
    old.addPrescription(v1.next(T0.plusSeconds(86_400), 0, v1.tempo(), 2, true, "c1", "2 kg"));
    old.addPainReport(new PainReport("p1", PainKind.DURING, 3, T0, "ok"));
    old.addPainReport(new PainReport("p2", PainKind.BEFORE, 1, T0, ""));
    old.addPainReport(new PainReport("p2", PainKind.NEXT_MORNING, 2, T0.plusSeconds(60), ""));
    byte[] before = Files.readAllBytes(json);
    Path registry = dir.resolve("registry.json");

    Run r = run("programme", "import-json", json.toString(), "--registry", registry.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("clinicians              2")
        .contains("patients                2")
        .contains("assignments             3")
        .contains("insoles                 1")
        .contains("prescriptions           2")
        .contains("pain reports            3")
        .contains("sessions                0")
        .contains("decisions               0");
    assertThat(Files.readAllBytes(json)).as("the file is left as it was").isEqualTo(before);
    try (JdbcProgrammeRepository db = JdbcProgrammeRepository.open(DatabaseConfig.h2File(dir))) {
      assertThat(db.patients()).isEqualTo(old.patients());
      assertThat(db.insole("PL-1-L")).isEqualTo(old.insole("PL-1-L"));
      assertThat(db.prescriptions("p1").versions()).isEqualTo(old.prescriptions("p1").versions());
      assertThat(db.painReports("p2")).isEqualTo(old.painReports("p2"));
    }
    // the service and the programme commands now see the imported patients
    Run list = run("programme", "patient", "list", "--registry", registry.toString());
    assertThat(list.out()).contains("p1", "p2");

    Run again = run("programme", "import-json", json.toString(), "--registry", registry.toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("already holds a registry; import into an empty one");
    try (JdbcProgrammeRepository db = JdbcProgrammeRepository.open(DatabaseConfig.h2File(dir))) {
      assertThat(db.painReports("p2")).hasSize(2); // nothing twice
    }
  }

  @Test
  void aMissingFileIsOneLine() {
    Run r =
        run(
            "programme",
            "import-json",
            dir.resolve("nope.json").toString(),
            "--registry",
            dir.resolve("registry.json").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: no registry file at").doesNotContain("\n");
  }
}
