package io.plantaris.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log on a real file: a flood is collapsed and the files stay within their cap. */
class AuditLogTest {
  @TempDir Path dir;
  final AtomicLong clock = new AtomicLong(1_700_000_000_000L);

  @Test
  void aFailedLoginFloodIsCollapsedToTenLinesASecondAndACount() throws Exception {
    FileAuditLog log = new FileAuditLog(dir.resolve("audit.log"), 1 << 20, 3, 10, clock::get);
    for (int i = 0; i < 5_000; i++) {
      log.record("u" + i, null, "login", null, "10.0.0.1", "denied: wrong user or password");
    }
    clock.addAndGet(1_000);
    log.record("ann", "patient", "read", "p1", "/api/patients/p1", "allowed");
    var lines = Files.readAllLines(log.path());
    assertThat(lines).hasSize(12);
    assertThat(lines.get(10))
        .contains("action=login")
        .contains("what=collapsed")
        .contains("outcome=4990_more_lines_like_this_since_2023-11-14T22:13:20Z:_denied:");
    assertThat(log.collapsedLines()).isEqualTo(4990);
    assertThat(lines.get(11)).contains("user=ann").endsWith("outcome=allowed");
  }

  @Test
  void pastItsCapTheFileRotatesAndTheOldestIsDeleted() throws Exception {
    FileAuditLog log = new FileAuditLog(dir.resolve("audit.log"), 64 * 1024, 3, 10, clock::get);
    for (int i = 0; i < 20_000; i++) { // about 2.4 MB of allowed reads
      log.record("ann", "patient", "read", "p1", "/api/patients/p1/trends?" + i, "allowed");
    }
    long total = 0;
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        total += Files.size(p);
      }
    }
    assertThat(total).isLessThanOrEqualTo(4 * 64 * 1024);
    assertThat(log.rotated(1)).exists();
    assertThat(log.rotated(3)).exists();
    assertThat(log.rotated(4)).doesNotExist();
    assertThat(Files.readString(log.path())).contains("trends?19999");
  }
}
