package io.plantaris.registry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.programme.Decision;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.ConcurrentWritesContract;
import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.ProgrammeRegistryContract;
import io.plantaris.registry.RegistryJson;
import io.plantaris.registry.RegistryState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository contract and the concurrent writers on the embedded default: an H2 file. */
class H2ProgrammeRepositoryTest {
  @TempDir Path dir;
  final List<JdbcProgrammeRepository> open = new ArrayList<>();

  @AfterEach
  void closeAll() {
    open.forEach(JdbcProgrammeRepository::close);
    open.clear();
  }

  ProgrammeRegistry another() {
    JdbcProgrammeRepository r = JdbcProgrammeRepository.open(DatabaseConfig.h2File(dir));
    open.add(r);
    return r;
  }

  @Nested
  class Contract extends ProgrammeRegistryContract {
    @Override
    protected ProgrammeRegistry fresh() {
      return another();
    }

    @Override
    protected ProgrammeRegistry reopened() {
      closeAll(); // a real restart: the file is closed and opened again
      return another();
    }
  }

  @Nested
  class ConcurrentWrites extends ConcurrentWritesContract {
    @Override
    protected ProgrammeRegistry fresh() {
      return another();
    }

    @Override
    protected ProgrammeRegistry another() {
      return H2ProgrammeRepositoryTest.this.another();
    }
  }

  /** More patients than one query takes: the batch is split and nobody's rows go missing. */
  @Test
  void aBatchLargerThanOneQueryReadsEveryPatient() {
    int n = PatientBatches.CHUNK + 7;
    Instant t0 = Instant.parse("2026-01-05T07:00:00Z");
    List<Patient> patients = new ArrayList<>();
    List<PainReport> pain = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = String.format("p%04d", i);
      ids.add(id);
      patients.add(new Patient(id, "P " + i, List.of("c1")));
      pain.add(new PainReport(id, PainKind.DURING, i % 11, t0.plusSeconds(i), ""));
    }
    JdbcProgrammeRepository r = JdbcProgrammeRepository.open(DatabaseConfig.h2File(dir));
    open.add(r);
    r.importAll(
        new RegistryState(
            RegistryState.FORMAT_VERSION,
            patients,
            List.of(new Clinician("c1", "Dr Berg")),
            List.of(),
            List.of(),
            pain,
            List.of(),
            List.of()));

    List<String> asked = new ArrayList<>(ids);
    java.util.Collections.reverse(asked);
    Map<String, List<PainReport>> byPatient = r.painReportsByPatient(asked, t0, t0.plusSeconds(n));

    assertThat(byPatient).hasSize(n);
    assertThat(byPatient.keySet()).containsExactlyElementsOf(asked);
    for (int i = 0; i < n; i++) {
      assertThat(byPatient.get(ids.get(i))).containsExactly(pain.get(i));
    }
  }

  /**
   * A database a release before V5 wrote (decisions, no {@code decision_waiting}): opened by this
   * one, the overview still finds every decision that waits, and only those, in the order made.
   */
  @Test
  void decisionsWrittenBeforeV5StillWaitAfterTheMigration() throws Exception {
    DatabaseConfig config = DatabaseConfig.h2File(dir);
    Flyway.configure()
        .dataSource(config.url(), config.user(), config.password())
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .target("4")
        .load()
        .migrate();
    Instant t0 = Instant.parse("2026-01-05T07:00:00Z");
    Decision a = ProgrammeRegistryContract.proposal("d-a", "p1", t0);
    Decision b = ProgrammeRegistryContract.proposal("d-b", "p1", t0.plusSeconds(10));
    Decision c = ProgrammeRegistryContract.proposal("d-c", "p1", t0.plusSeconds(20));
    Decision other = ProgrammeRegistryContract.proposal("d-x", "p2", t0.plusSeconds(30));
    Decision bAgain = ProgrammeRegistryContract.proposal("d-b", "p1", t0.plusSeconds(40));
    List<Decision> records =
        List.of(a, b, c, a.accept("c1", t0.plusSeconds(35), "ok"), other, bAgain);
    try (Connection x =
        DriverManager.getConnection(config.url(), config.user(), config.password())) {
      Sql.update(x, "INSERT INTO clinician (id, name) VALUES ('c1', 'Dr Berg')");
      Sql.update(x, "INSERT INTO patient (id, name) VALUES ('p1', 'Ann'), ('p2', 'Bo')");
      for (Decision d : records) { // as RecordTables wrote them before V5
        Sql.update(
            x,
            "INSERT INTO decision (id, patient_id, status, body) VALUES (?, ?, ?, ?)",
            d.id(),
            d.patientId(),
            d.status().name(),
            RegistryJson.mapper().writeValueAsString(d));
      }
    }

    JdbcProgrammeRepository r = JdbcProgrammeRepository.open(config);
    open.add(r);
    Map<String, List<Decision>> waiting = r.proposedDecisionsByPatient(List.of("p1", "p2"));

    assertThat(waiting.get("p1")).as("d-a was accepted; d-b made first").containsExactly(bAgain, c);
    assertThat(waiting.get("p2")).containsExactly(other);
    r.addDecision(c.accept("c1", t0.plusSeconds(50), ""));
    assertThat(r.proposedDecisionsByPatient(List.of("p1")).get("p1")).containsExactly(bAgain);
  }
}
