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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fhir export} run from the shaded jar, whose HAPI lacks the libraries the POM excludes
 * (ICU4J, Saxon, Jena): what the tests' classpath has cannot hide a class the jar misses.
 */
class FhirExportJarIT {
  static final Path JAR = Path.of("target/plantaris.jar");

  @TempDir Path dir;

  @Test
  void theShadedJarExportsAPatient() throws Exception {
    assertThat(JAR).as("built by mvn package before the ITs").exists();
    Path registry = dir.resolve("registry.json");
    ProgrammeRegistry r = TestRegistry.at(registry);
    r.addClinician(new Clinician("c1", "Dr One"));
    r.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    r.addInsole(new Insole("PL-7-L", "p1", Side.LEFT));
    r.addInsole(new Insole("PL-7-R", "p1", Side.RIGHT));
    Instant start = Instant.parse("2025-03-03T08:00:00Z");
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", start, "c1");
    r.addPrescription(v1);
    r.addPrescription(
        v1.next(start.plusSeconds(7 * 86_400), 1, v1.tempo(), 4, true, "c1", "phase 2"));
    r.addPainReport(new PainReport("p1", PainKind.DURING, 4, start.plusSeconds(600), "<ok> & so"));
    Path out = dir.resolve("p1.json");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "fhir",
                "export",
                "--registry",
                registry.toString(),
                "--patient",
                "p1",
                "--out",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(log).contains("wrote 9 resources (0 sessions, 0 sets) for p1");
    Bundle b = FhirJson.parse(Files.readString(out));
    assertThat(b.getEntry()).hasSize(9);
    assertThat(Files.readString(out))
        .contains("\"text\": \"<ok> & so\"", "\"code\": \"72514-3\"", "Pain 4/10 during");
  }
}
