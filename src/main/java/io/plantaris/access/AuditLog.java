package io.plantaris.access;

import io.plantaris.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Who read or changed which patient's data, and who was refused: one line per access appended to a
 * file that the service never rewrites ({@code time user role action patient what outcome}).
 *
 * <p>Bounded: past {@link #DEFAULT_MAX_BYTES} the file is renamed {@code audit.log.1} (older ones
 * shift up to {@link #DEFAULT_KEEP_FILES}, the oldest is deleted). A flood of the same refusal (a
 * failed-login storm took the file from 0.5 to 190 MB in seconds) is collapsed: at most {@link
 * #DEFAULT_LINES_PER_SECOND} lines per kind of refusal a second, then one line saying how many more
 * there were.
 */
public final class AuditLog {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_KEEP_FILES = 5;
  public static final int DEFAULT_LINES_PER_SECOND = 10;

  /** Kinds of refusal tracked at once; beyond it the rest share one kind. */
  private static final int MAX_KINDS = 1_000;

  private final Path file;
  private final long maxBytes;
  private final int keepFiles;
  private final int linesPerSecond;
  private final LongSupplier clockMillis;
  private final Map<String, Window> windows = new LinkedHashMap<>();
  private long size;
  private long collapsed;

  public AuditLog(Path file) {
    this(
        file,
        DEFAULT_MAX_BYTES,
        DEFAULT_KEEP_FILES,
        DEFAULT_LINES_PER_SECOND,
        System::currentTimeMillis);
  }

  public AuditLog(
      Path file, long maxBytes, int keepFiles, int linesPerSecond, LongSupplier clockMillis) {
    this.file = file.toAbsolutePath();
    this.maxBytes = maxBytes;
    this.keepFiles = keepFiles;
    this.linesPerSecond = linesPerSecond;
    this.clockMillis = clockMillis;
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

  /** Refusals left out of the file so far because a flood of the same kind was collapsed. */
  public synchronized long collapsedLines() {
    return collapsed;
  }

  /** The n-th older file ({@code audit.log.1} is the newest after the current one). */
  public Path rotated(int n) {
    return file.resolveSibling(file.getFileName() + "." + n);
  }

  /**
   * Records one access.
   *
   * @param action {@code read}, {@code change}, {@code login}, {@code logout} or {@code request}
   * @param outcome {@code allowed}, {@code failed: reason} or {@code denied: reason}
   */
  public synchronized void record(
      String userId, String role, String action, String patientId, String what, String outcome) {
    long now = clockMillis.getAsLong();
    flushWindows(now, false);
    if (outcome != null && !outcome.equals("allowed")) {
      Window w = window(action + " " + outcome, action, outcome, now);
      if (++w.count > linesPerSecond) {
        collapsed++;
        return;
      }
    }
    append(line(now, userId, role, action, patientId, what, outcome));
  }

  /** Writes the counts of collapsed floods that are still open (at shutdown). */
  public synchronized void flush() {
    flushWindows(Long.MAX_VALUE, true);
  }

  private Window window(String key, String action, String outcome, long now) {
    Window w = windows.get(key);
    if (w == null) {
      if (windows.size() >= MAX_KINDS) {
        key = "*";
        w = windows.get(key);
      }
      if (w == null) {
        w = new Window(now, action, key.equals("*") ? "denied: many kinds" : outcome);
        windows.put(key, w);
      }
    }
    return w;
  }

  private void flushWindows(long now, boolean all) {
    for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
      Window w = it.next();
      if (all || now - w.startMillis >= 1_000) {
        it.remove();
        int more = w.count - linesPerSecond;
        if (more > 0) {
          append(
              line(
                  Math.min(now, clockMillis.getAsLong()),
                  "-",
                  "-",
                  w.action,
                  "-",
                  "collapsed",
                  more
                      + " more lines like this since "
                      + Instant.ofEpochMilli(w.startMillis)
                      + ": "
                      + w.outcome));
        }
      }
    }
  }

  private static String line(
      long millis,
      String userId,
      String role,
      String action,
      String patientId,
      String what,
      String outcome) {
    return Instant.ofEpochMilli(millis)
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
  }

  private void append(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    try {
      if (size > 0 && size + b.length > maxBytes) {
        rotate();
      }
      Files.write(
          file, b, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      size += b.length;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to audit log " + file, e);
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

  /** A user-supplied value must not forge a second line or field; long values are cut. */
  private static String clean(String s) {
    if (s == null) {
      return "-";
    }
    String c = s.replaceAll("[\\s\\p{Cntrl}]", "_");
    return c.length() > 300 ? c.substring(0, 300) + "..." : c;
  }

  /** The refusals of one kind within one second. */
  private static final class Window {
    final long startMillis;
    final String action;
    final String outcome;
    int count;

    Window(long startMillis, String action, String outcome) {
      this.startMillis = startMillis;
      this.action = action;
      this.outcome = outcome;
    }
  }
}
