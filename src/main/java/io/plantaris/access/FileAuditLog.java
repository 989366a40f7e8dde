package io.plantaris.access;

import io.plantaris.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.LongSupplier;

/**
 * The audit log as a file of lines ({@link AuditEntry#line()}) that is only appended to: the store
 * of earlier versions, which the import moves into the database.
 *
 * <p>Bounded: past {@link #DEFAULT_MAX_BYTES} the file is renamed {@code audit.log.1} (older ones
 * shift up to {@link #DEFAULT_KEEP_FILES}, the oldest is deleted).
 */
public final class FileAuditLog extends AuditLog {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_KEEP_FILES = 5;

  private final Path file;
  private final long maxBytes;
  private final int keepFiles;
  private long size;

  public FileAuditLog(Path file) {
    this(
        file,
        DEFAULT_MAX_BYTES,
        DEFAULT_KEEP_FILES,
        DEFAULT_LINES_PER_SECOND,
        System::currentTimeMillis);
  }

  public FileAuditLog(
      Path file, long maxBytes, int keepFiles, int linesPerSecond, LongSupplier clockMillis) {
    super(linesPerSecond, clockMillis);
    this.file = file.toAbsolutePath();
    this.maxBytes = maxBytes;
    this.keepFiles = keepFiles;
    try {
      PrivateFiles.createDirectories(this.file.getParent());
      PrivateFiles.ensureFile(this.file); // 0600: who saw which patient is itself private
      size = Files.size(this.file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of audit log " + file, e);
    }
  }

  public Path path() {
    return file;
  }

  /** The n-th older file ({@code audit.log.1} is the newest after the current one). */
  public Path rotated(int n) {
    return rotated(file, n);
  }

  /** The n-th older file of {@code file}. */
  public static Path rotated(Path file, int n) {
    return file.resolveSibling(file.getFileName() + "." + n);
  }

  @Override
  protected void write(AuditEntry e) {
    byte[] b = (e.line() + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      if (size > 0 && size + b.length > maxBytes) {
        rotate();
      }
      Files.write(
          file, b, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      size += b.length;
    } catch (IOException x) {
      throw new UncheckedIOException("cannot append to audit log " + file, x);
    }
  }

  private void rotate() throws IOException {
    Files.deleteIfExists(rotated(keepFiles));
    for (int n = keepFiles - 1; n >= 1; n--) {
      if (Files.exists(rotated(n))) {
        Files.move(rotated(n), rotated(n + 1), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
    PrivateFiles.ensureFile(file); // the new file is as private as the one it replaces
    size = 0;
  }
}
