package io.plantaris.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.fhir.FhirJson;
import io.plantaris.insole.Side;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.TestRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code fhir export} on a registry alone (no store: no network). */
class FhirExportCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PlantarisCli.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path registry() {
    Path file = dir.resolve("registry.json");
    ProgrammeRegistry r = TestRegistry.at(file);
    r.addClinician(new Clinician("c1", "Dr One"));
    r.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    r.addInsole(new Insole("PL-7-L", "p1", Side.LEFT));
    Instant start = Instant.parse("2025-03-03T08:00:00Z");
    r.addPrescription(PrescriptionVersion.rathleff("p1", start, "c1"));
    r.addPainReport(new PainReport("p1", PainKind.NEXT_MORNING, 2, start.plusSeconds(90_000), ""));
    return file;
  }

  @Test
  void writesTheRegistrysRecordsAsABundleFile() throws Exception {
    Path file = dir.resolve("p1.fhir.json");
    int exit =
        run(
            "fhir",
            "export",
            "--registry",
            registry().toString(),
            "--patient",
            "p1",
            "--out",
            file.toString());
    assertThat(exit).as(err.toString()).isZero();
    assertThat(err.toString()).startsWith("wrote 6 resources (0 sessions, 0 sets) for p1 to ");
    Bundle b = FhirJson.parse(Files.readString(file));
    Map<String, Long> counts =
        b.getEntry().stream()
            .collect(Collectors.groupingBy(e -> e.getResource().fhirType(), Collectors.counting()));
    assertThat(counts)
        .isEqualTo(
            Map.of(
                "CodeSystem", 1L,
                "Patient", 1L,
                "Device", 1L,
                "Goal", 1L,
                "CarePlan", 1L,
                "Observation", 1L));
  }

  @Test
  void anUnknownPatientIsOneLineAndExit1() {
    int exit = run("fhir", "export", "--registry", registry().toString(), "--patient", "p9");
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("error: no patient p9 in the registry");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void printsTheJsonWithoutOut() {
    assertThat(run("fhir", "export", "--registry", registry().toString(), "--patient", "p1"))
        .isZero();
    assertThat(out.toString()).contains("\"resourceType\": \"Bundle\"", "\"code\": \"72514-3\"");
  }
}
