package io.plantaris.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.access.DeviceCredentials;
import io.plantaris.access.FileAuditLog;
import io.plantaris.access.JsonUserStore;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.JsonFileRegistry;
import io.plantaris.registry.Patient;
import io.plantaris.store.SpoolConfig;
import io.plantaris.store.StoreConfig;
import io.plantaris.store.TimeSeriesStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 row 13: with the usual umask (022) every data file the service writes is 0600 and every
 * folder it makes 0700: users, device credentials, audit log, registry, database, spool and the
 * embedded QuestDB's data (its tables included); a registry left 0644 by an older version is
 * tightened.
 */
class DataFilePermissionsIT {
  @TempDir Path tmp;

  @Test
  void dataFilesAre0600AndFolders0700() throws Exception {
    Path data = tmp.resolve("data");
    Path registryFile = data.resolve("plantaris-registry.json");
    new JsonFileRegistry(registryFile).addClinician(new Clinician("c1", "Dr One"));
    // as an older version left it
    Files.setPosixFilePermissions(registryFile, PosixFilePermissions.fromString("rw-r--r--"));
    JsonFileRegistry registry = new JsonFileRegistry(registryFile);
    assertThat(mode(registryFile)).isEqualTo("rw-------");
    registry.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    JsonUserStore users = new JsonUserStore(JsonUserStore.besideRegistry(registryFile));
    users.add(new User("ann", Role.PATIENT, "p1", "$argon2id$v=19$m=1,t=1,p=1$AA$AA"));
    DeviceCredentials devices =
        new DeviceCredentials(DeviceCredentials.besideRegistry(registryFile));
    devices.issue("PL-0001-L", Instant.now());
    FileAuditLog audit = new FileAuditLog(data.resolve("logs/audit.log"));
    audit.record("ann", "patient", "read", "p1", "trends", "allowed");

    StoreConfig cfg =
        StoreConfig.embedded(data.resolve("questdb"), 0, SpoolConfig.of(data.resolve("spool")));
    try (TimeSeriesStore store = TimeSeriesStore.open(cfg)) {
      store.recordPain(new PainReport("p1", PainKind.DURING, 2, Instant.now(), "ok"));
      assertThat(store.awaitDrained(60_000)).isTrue();
    }

    assertThat(mode(registryFile)).isEqualTo("rw-------");
    // the programme's database (issue 12): the H2 file beside the registry
    io.plantaris.registry.jdbc.TestRegistry.at(registryFile)
        .addClinician(new Clinician("c2", "Dr Two"));
    assertThat(mode(data.resolve("plantaris-db.mv.db"))).isEqualTo("rw-------");
    assertThat(mode(JsonUserStore.besideRegistry(registryFile))).isEqualTo("rw-------");
    assertThat(mode(DeviceCredentials.besideRegistry(registryFile))).isEqualTo("rw-------");
    assertThat(mode(data.resolve("logs/audit.log"))).isEqualTo("rw-------");
    assertThat(mode(data.resolve("logs"))).isEqualTo("rwx------");
    Path spool = data.resolve("spool");
    assertThat(mode(spool)).isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(spool)) {
      for (Path f : files.toList()) {
        assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
      }
    }
    Path questDb = data.resolve("questdb");
    assertThat(mode(questDb)).isEqualTo("rwx------");
    assertThat(mode(questDb.resolve("conf"))).isEqualTo("rwx------");
    assertThat(mode(questDb.resolve("log"))).isEqualTo("rwx------");
    try (Stream<Path> tables = Files.list(questDb.resolve("db"))) {
      Path painTable =
          tables.filter(p -> p.getFileName().toString().startsWith("pl_pain")).findFirst().get();
      assertThat(mode(painTable)).as("QuestDB's table folder").isEqualTo("rwx------");
    }
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
