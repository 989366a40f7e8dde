package io.plantaris.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Who read or changed which patient's data, and who was refused: one entry per access, never
 * rewritten. The service writes it to the database ({@code io.plantaris.access.jdbc.JdbcAuditLog},
 * append-only); {@link FileAuditLog} is the file of earlier versions.
 *
 * <p>A flood of the same refusal (a failed-login storm took the file from 0.5 to 190 MB in seconds)
 * is collapsed: at most {@link #DEFAULT_LINES_PER_SECOND} entries per kind of refusal a second,
 * then one entry saying how many more there were. Each replica collapses its own floods.
 */
public abstract class AuditLog {
  public static final int DEFAULT_LINES_PER_SECOND = 10;

  /** Kinds of refusal tracked at once; beyond it the rest share one kind. */
  private static final int MAX_KINDS = 1_000;

  private final int linesPerSecond;
  private final LongSupplier clockMillis;
  private final Map<String, Window> windows = new LinkedHashMap<>();
  private long collapsed;

  protected AuditLog(int linesPerSecond, LongSupplier clockMillis) {
    this.linesPerSecond = linesPerSecond;
    this.clockMillis = clockMillis;
  }

  /** Stores one entry; called under this log's lock, in the order of the accesses. */
  protected abstract void write(AuditEntry e);

  /** Refusals left out so far because a flood of the same kind was collapsed. */
  public synchronized long collapsedLines() {
    return collapsed;
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
    write(new AuditEntry(now, userId, role, action, patientId, what, outcome));
  }

  /**
   * Records one allowed access to each of {@code patientIds} at once (a clinician's overview reads
   * 200 patients): the entries are the same as {@link #record} would write one by one, stored in
   * one go ({@link #writeAll}).
   */
  public synchronized void recordAllowed(
      String userId, String role, String action, List<String> patientIds, String what) {
    long now = clockMillis.getAsLong();
    flushWindows(now, false);
    List<AuditEntry> entries = new ArrayList<>(patientIds.size());
    for (String id : patientIds) {
      entries.add(new AuditEntry(now, userId, role, action, id, what, "allowed"));
    }
    writeAll(entries);
  }

  /** Stores entries in order; a store that can do it in one transaction overrides this. */
  protected void writeAll(List<AuditEntry> entries) {
    entries.forEach(this::write);
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
          write(
              new AuditEntry(
                  Math.min(now, clockMillis.getAsLong()),
                  null,
                  null,
                  w.action,
                  null,
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
