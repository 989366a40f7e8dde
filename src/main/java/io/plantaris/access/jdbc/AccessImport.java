package io.plantaris.access.jdbc;

import io.plantaris.access.AuditEntry;
import io.plantaris.access.FileAuditLog;
import io.plantaris.access.JsonUserStore;
import io.plantaris.access.User;
import io.plantaris.registry.jdbc.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Moves the users file and the audit files of earlier versions into the database, once: the users
 * when the database has none, the audit lines (oldest file first) whenever files are left, each
 * file's lines once (the database remembers the SHA-256 of every file it took). Each moved file is
 * renamed {@code NAME.imported} (it keeps its 0600), so a later start cannot bring back a user
 * removed since.
 */
public final class AccessImport {
  /** What moved: counts and the files renamed. */
  public record Report(int users, int auditLines, int unreadableLines, List<Path> renamed) {
    public boolean movedAnything() {
      return !renamed.isEmpty();
    }

    /** One line for the log or the terminal. */
    public String summary() {
      return "imported "
          + users
          + " user(s) and "
          + auditLines
          + " audit line(s)"
          + (unreadableLines > 0 ? " (" + unreadableLines + " unreadable line(s) left out)" : "")
          + " into the database; renamed "
          + renamed.stream()
              .map(p -> p.getFileName() + " to " + imported(p).getFileName())
              .toList();
    }
  }

  private AccessImport() {}

  /**
   * Runs the import.
   *
   * @throws IllegalStateException when the users file cannot be read, naming it (the service does
   *     not start on a users file it cannot honour)
   * @throws IllegalArgumentException when a user stands for a patient or clinician that is not in
   *     the database: nothing of the users file is stored then
   */
  public static Report run(Path usersFile, Path auditFile, Database db) {
    JdbcUserStore users = new JdbcUserStore(db);
    JdbcAuditLog audit = new JdbcAuditLog(db);
    List<Path> renamed = new ArrayList<>();
    int userCount = 0;
    if (Files.isRegularFile(usersFile) && users.all().isEmpty()) {
      List<User> old = new JsonUserStore(usersFile).all();
      users.addAll(old);
      userCount = old.size();
      rename(usersFile, renamed);
    }
    int lines = 0;
    int unreadable = 0;
    for (Path f : auditFiles(auditFile)) {
      byte[] bytes = bytes(f);
      List<AuditEntry> entries = new ArrayList<>();
      int unreadableHere = 0;
      // split as Files.readAllLines does (\n, \r\n or \r), from the bytes that are hashed
      for (String line : new String(bytes, StandardCharsets.UTF_8).lines().toList()) {
        Optional<AuditEntry> e = AuditEntry.parse(line);
        if (e.isPresent()) {
          entries.add(e.get());
        } else if (!line.isBlank()) {
          unreadableHere++;
        }
      }
      // a start killed after the append and before the rename finds the file again: its lines
      // are in the database already, so it is only renamed
      if (audit.appendFile(sha256(bytes), f.toString(), entries)) {
        lines += entries.size();
        unreadable += unreadableHere;
      }
      rename(f, renamed);
    }
    return new Report(userCount, lines, unreadable, List.copyOf(renamed));
  }

  /** The audit file and its rotated copies, oldest first. */
  private static List<Path> auditFiles(Path auditFile) {
    List<Path> files = new ArrayList<>();
    for (int n = 50; n >= 1; n--) {
      Path r = FileAuditLog.rotated(auditFile, n);
      if (Files.isRegularFile(r)) {
        files.add(r);
      }
    }
    if (Files.isRegularFile(auditFile)) {
      files.add(auditFile);
    }
    return files;
  }

  static Path imported(Path f) {
    return f.resolveSibling(f.getFileName() + ".imported");
  }

  private static byte[] bytes(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read audit file " + f, e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void rename(Path f, List<Path> renamed) {
    try {
      Files.move(f, imported(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      renamed.add(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + f + " after importing it", e);
    }
  }
}
