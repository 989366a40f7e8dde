package io.plantaris.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Login sessions, keyed by a random cookie value; a session ends after {@link #DEFAULT_IDLE_MILLIS}
 * without a request, {@link #DEFAULT_LIFETIME_MILLIS} after the login however busy, at logout, or
 * when its user is removed or changes password. One user holds at most {@link
 * #DEFAULT_MAX_PER_USER} sessions: a new login ends the oldest. The service keeps them in the
 * database, so a restart logs nobody out and every replica sees the same sessions.
 */
public interface SessionStore {
  /** Half an hour idle: a shared clinic tablet left alone does not stay logged in. */
  long DEFAULT_IDLE_MILLIS = 30 * 60_000L;

  /** Twelve hours: a clinic day, then a fresh login (OWASP ASVS 3.3.2). */
  long DEFAULT_LIFETIME_MILLIS = 12 * 3600_000L;

  int DEFAULT_MAX_PER_USER = 10;

  /** Opens a session; when the user already holds the maximum, the oldest ones end. */
  WebSession open(User user);

  /** The live session of a cookie value, its idle deadline pushed back (not past its end). */
  Optional<WebSession> find(String token);

  /** Whether the session is still open, without counting as a use (for long-lived streams). */
  boolean isOpen(String token);

  void close(String token);

  /** Ends every session of {@code userId}; answers how many there were. */
  int closeUser(String userId);

  /** Sessions open now, for the metrics. */
  int count();

  /** 32 random bytes, URL-safe Base64 without padding (43 characters): cookie and CSRF values. */
  static String newToken(SecureRandom random) {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
