package io.plantaris.access;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One line of the audit log: who did what to which patient's data, and the outcome.
 *
 * @param userId null when nobody is logged in
 * @param action {@code read}, {@code change}, {@code login}, {@code logout} or {@code request}
 * @param outcome {@code allowed}, {@code failed: reason}, {@code denied: reason} or {@code ended:
 *     reason}
 */
public record AuditEntry(
    long atMillis,
    String userId,
    String role,
    String action,
    String patientId,
    String what,
    String outcome) {
  /** Longest value kept of a field a user can fill; the rest is cut and marked {@code ...}. */
  public static final int MAX_VALUE_CHARS = 300;

  public AuditEntry {
    userId = cut(userId);
    patientId = cut(patientId);
    what = cut(what);
    outcome = cut(outcome);
  }

  /**
   * The line of the file format ({@code time user=.. role=.. action=.. patient=.. what=..
   * outcome=..}): whitespace and control characters become {@code _} so a value cannot forge a
   * field or a line; a missing value is {@code -}.
   */
  public String line() {
    return Instant.ofEpochMilli(atMillis)
        + " user="
        + clean(userId)
        + " role="
        + clean(role)
        + " action="
        + clean(action)
        + " patient="
        + clean(patientId)
        + " what="
        + clean(what)
        + " outcome="
        + clean(outcome);
  }

  /**
   * Reads back a line of {@link #line()} (an audit file of earlier versions); empty if it is not.
   */
  public static Optional<AuditEntry> parse(String line) {
    String[] f = line.split(" ");
    String[] keys = {"user=", "role=", "action=", "patient=", "what=", "outcome="};
    if (f.length != 7) {
      return Optional.empty();
    }
    String[] v = new String[6];
    for (int i = 0; i < 6; i++) {
      if (!f[i + 1].startsWith(keys[i])) {
        return Optional.empty();
      }
      String value = f[i + 1].substring(keys[i].length());
      v[i] = value.equals("-") ? null : value;
    }
    try {
      long at = Instant.parse(f[0]).toEpochMilli();
      return Optional.of(new AuditEntry(at, v[0], v[1], v[2], v[3], v[4], v[5]));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String cut(String s) {
    return s == null || s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "...";
  }

  private static String clean(String s) {
    return s == null ? "-" : s.replaceAll("[\\s\\p{Cntrl}]", "_");
  }
}
