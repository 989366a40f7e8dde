package io.plantaris.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Login sessions in memory, keyed by a random cookie value; a session ends after {@link
 * #DEFAULT_IDLE_MILLIS} without a request, {@link #DEFAULT_LIFETIME_MILLIS} after the login however
 * busy, at logout, when its user is removed or changes password, or when the service restarts. One
 * user holds at most {@link #DEFAULT_MAX_PER_USER} sessions: a new login ends the oldest.
 */
public final class SessionStore {
  /** Half an hour idle: a shared clinic tablet left alone does not stay logged in. */
  public static final long DEFAULT_IDLE_MILLIS = 30 * 60_000L;

  /** Twelve hours: a clinic day, then a fresh login (OWASP ASVS 3.3.2). */
  public static final long DEFAULT_LIFETIME_MILLIS = 12 * 3600_000L;

  public static final int DEFAULT_MAX_PER_USER = 10;

  private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final LongSupplier clockMillis;
  private final long idleMillis;
  private final long lifetimeMillis;
  private final int maxPerUser;

  public SessionStore(LongSupplier clockMillis, long idleMillis) {
    this(clockMillis, idleMillis, DEFAULT_LIFETIME_MILLIS, DEFAULT_MAX_PER_USER);
  }

  public SessionStore(
      LongSupplier clockMillis, long idleMillis, long lifetimeMillis, int maxPerUser) {
    this.clockMillis = clockMillis;
    this.idleMillis = idleMillis;
    this.lifetimeMillis = lifetimeMillis;
    this.maxPerUser = maxPerUser;
  }

  /** Opens a session; when the user already holds the maximum, the oldest ones end. */
  public synchronized WebSession open(User user) {
    long now = clockMillis.getAsLong();
    List<WebSession> own =
        sessions.values().stream()
            .filter(s -> s.user().id().equals(user.id()))
            .sorted(Comparator.comparingLong(WebSession::endsAtMillis))
            .toList();
    for (int i = 0; i <= own.size() - maxPerUser; i++) {
      sessions.remove(own.get(i).token());
    }
    WebSession s =
        new WebSession(randomToken(), user, randomToken(), now + idleMillis, now + lifetimeMillis);
    sessions.put(s.token(), s);
    return s;
  }

  /** The live session of a cookie value, its idle deadline pushed back (not past its end). */
  public Optional<WebSession> find(String token) {
    if (token == null) {
      return Optional.empty();
    }
    long now = clockMillis.getAsLong();
    WebSession s = sessions.get(token);
    if (s == null) {
      return Optional.empty();
    }
    if (s.expiresAtMillis() < now || s.endsAtMillis() < now) {
      sessions.remove(token);
      return Optional.empty();
    }
    WebSession renewed = s.withExpiry(now + idleMillis);
    sessions.put(token, renewed);
    return Optional.of(renewed);
  }

  /** Whether the session is still open, without counting as a use (for long-lived streams). */
  public boolean isOpen(String token) {
    WebSession s = sessions.get(token);
    long now = clockMillis.getAsLong();
    return s != null && s.expiresAtMillis() >= now && s.endsAtMillis() >= now;
  }

  public void close(String token) {
    sessions.remove(token);
  }

  /** Ends every session of {@code userId}; answers how many there were. */
  public synchronized int closeUser(String userId) {
    List<String> tokens =
        sessions.values().stream()
            .filter(s -> s.user().id().equals(userId))
            .map(WebSession::token)
            .toList();
    tokens.forEach(sessions::remove);
    return tokens.size();
  }

  /** Sessions open now, for the metrics. */
  public int count() {
    return sessions.size();
  }

  private String randomToken() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
