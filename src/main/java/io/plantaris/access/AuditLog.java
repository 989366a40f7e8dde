package io.plantaris.access;

import io.plantaris.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Who read or changed which patient's data, and who was refused: one line per access appended to a
 * file that the service never rewrites ({@code time user role action patient what outcome}).
 */
public final class AuditLog {
  private final Path file;

  public AuditLog(Path file) {
    this.file = file.toAbsolutePath();
    try {
      PrivateFiles.createDirectories(this.file.getParent());
      PrivateFiles.ensureFile(this.file); // 0600: who saw which patient is itself private
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of audit log " + file, e);
    }
  }

  public Path path() {
    return file;
  }

  /**
   * Records one access.
   *
   * @param action {@code read}, {@code change}, {@code login} or {@code logout}
   * @param outcome {@code allowed} or {@code denied: reason}
   */
  public synchronized void record(
      String userId, String role, String action, String patientId, String what, String outcome) {
    String line =
        Instant.now()
            + " user="
            + clean(userId)
            + " role="
            + clean(role)
            + " action="
            + action
            + " patient="
            + clean(patientId)
            + " what="
            + clean(what)
            + " outcome="
            + clean(outcome)
            + "\n";
    try {
      Files.writeString(
          file,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to audit log " + file, e);
    }
  }

  /** A user-supplied value must not forge a second line or field. */
  private static String clean(String s) {
    return s == null ? "-" : s.replaceAll("[\\s\\p{Cntrl}]", "_");
  }
}
