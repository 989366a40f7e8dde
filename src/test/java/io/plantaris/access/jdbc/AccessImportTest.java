package io.plantaris.access.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.access.AuditEntry;
import io.plantaris.access.FileAuditLog;
import io.plantaris.access.JsonUserStore;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Patient;
import io.plantaris.registry.jdbc.DatabaseConfig;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The users file and audit files of earlier versions move into the database once, oldest audit line
 * first, and are renamed so that a later start cannot bring back a user removed since.
 */
class AccessImportTest {
  static final String HASH = "$argon2id$v=19$m=1,t=1,p=1$AA$AA";
  @TempDir Path dir;
  JdbcProgrammeRepository db;
  Path usersFile;
  Path auditFile;

  @BeforeEach
  void olderVersionsFiles() {
    db = JdbcProgrammeRepository.open(DatabaseConfig.h2File(dir));
    db.addClinician(new Clinician("c1", "Dr One"));
    db.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    usersFile = dir.resolve("users.json");
    auditFile = dir.resolve("logs/audit.log");
    JsonUserStore old = new JsonUserStore(usersFile);
    old.add(new User("ann", Role.PATIENT, "p1", HASH));
    old.add(new User("cara", Role.CLINICIAN, "c1", HASH, "JBSWY3DPEHPK3PXP"));
    AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    FileAuditLog audit = new FileAuditLog(auditFile, 300, 3, 10, clock::get); // rotates often
    for (int i = 0; i < 5; i++) {
      clock.addAndGet(1_000);
      audit.record("ann", "patient", "read", "p1", "trends " + i, "allowed");
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void usersAndAuditLinesMoveOnceAndTheFilesAreRenamed() throws Exception {
    assertThat(FileAuditLog.rotated(auditFile, 1)).exists(); // the lines span several files
    AccessImport.Report r = AccessImport.run(usersFile, auditFile, db.database());
    assertThat(r.users()).isEqualTo(2);
    assertThat(r.auditLines()).isEqualTo(5);
    assertThat(r.summary()).startsWith("imported 2 user(s) and 5 audit line(s) into the database");
    JdbcUserStore users = new JdbcUserStore(db.database());
    assertThat(users.find("cara")).map(User::totpSecret).contains("JBSWY3DPEHPK3PXP");
    List<AuditEntry> lines = new JdbcAuditLog(db.database()).last(10);
    assertThat(lines)
        .extracting(AuditEntry::what)
        .containsExactly("trends_0", "trends_1", "trends_2", "trends_3", "trends_4");
    assertThat(usersFile).doesNotExist();
    Path moved = dir.resolve("users.json.imported");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(moved)))
        .isEqualTo("rw-------");
    assertThat(auditFile).doesNotExist();
    assertThat(dir.resolve("logs/audit.log.imported")).exists();

    // removed since, and an old users file put back: the database is not overwritten
    users.remove("ann");
    Files.copy(moved, usersFile);
    AccessImport.Report again = AccessImport.run(usersFile, auditFile, db.database());
    assertThat(again.movedAnything()).isFalse();
    assertThat(users.find("ann")).isEmpty();
  }

  @Test
  void aStartKilledBeforeTheRenameDoesNotAppendTheAuditLinesTwice() throws Exception {
    Path copy = dir.resolve("audit-before.log");
    Files.copy(auditFile, copy);
    AccessImport.Report first = AccessImport.run(usersFile, auditFile, db.database());
    assertThat(first.auditLines()).isEqualTo(5);
    // the kill: the lines are in the database, the newest file was never renamed
    Files.delete(dir.resolve("logs/audit.log.imported"));
    Files.copy(copy, auditFile);

    AccessImport.Report again = AccessImport.run(usersFile, auditFile, db.database());

    assertThat(again.auditLines()).isZero();
    assertThat(again.renamed()).containsExactly(auditFile);
    assertThat(new JdbcAuditLog(db.database()).last(20))
        .extracting(AuditEntry::what)
        .containsExactly("trends_0", "trends_1", "trends_2", "trends_3", "trends_4");
    assertThat(auditFile).doesNotExist();
  }

  @Test
  void anAuditFileWithWindowsLineEndingsImportsEveryLineAsWritten() throws Exception {
    for (Path f :
        List.of(
            auditFile,
            FileAuditLog.rotated(auditFile, 1),
            FileAuditLog.rotated(auditFile, 2),
            FileAuditLog.rotated(auditFile, 3))) {
      if (Files.isRegularFile(f)) {
        Files.writeString(f, Files.readString(f).replace("\n", "\r\n"));
      }
    }
    AccessImport.Report r = AccessImport.run(usersFile, auditFile, db.database());

    assertThat(r.unreadableLines()).isZero();
    List<AuditEntry> lines = new JdbcAuditLog(db.database()).last(10);
    assertThat(lines).hasSize(5).extracting(AuditEntry::outcome).containsOnly("allowed");
  }

  @Test
  void aUserOfAPatientNotInTheDatabaseStopsTheImportAndNothingMoves() {
    new JsonUserStore(usersFile).add(new User("zed", Role.PATIENT, "p9", HASH));
    assertThatThrownBy(() -> AccessImport.run(usersFile, auditFile, db.database()))
        .hasMessage("user 'zed' stands for patient p9, who is not in the database");
    assertThat(new JdbcUserStore(db.database()).all()).isEmpty();
    assertThat(usersFile).exists();
  }
}
