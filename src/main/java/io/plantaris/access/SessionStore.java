package io.plantaris.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Login sessions in memory, keyed by a random cookie value; a session ends after {@link
 * #DEFAULT_IDLE_MILLIS} without a request, at logout, or when the service restarts.
 */
public final class SessionStore {
  /** Eight idle hours: a clinic day, not a week on a shared tablet. */
  public static final long DEFAULT_IDLE_MILLIS = 8 * 3600_000L;

  private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final LongSupplier clockMillis;
  private final long idleMillis;

  public SessionStore(LongSupplier clockMillis, long idleMillis) {
    this.clockMillis = clockMillis;
    this.idleMillis = idleMillis;
  }

  public WebSession open(User user) {
    WebSession s =
        new WebSession(randomToken(), user, randomToken(), clockMillis.getAsLong() + idleMillis);
    sessions.put(s.token(), s);
    return s;
  }

  /** The live session of a cookie value, its idle deadline pushed back. */
  public Optional<WebSession> find(String token) {
    if (token == null) {
      return Optional.empty();
    }
    long now = clockMillis.getAsLong();
    WebSession s = sessions.get(token);
    if (s == null) {
      return Optional.empty();
    }
    if (s.expiresAtMillis() < now) {
      sessions.remove(token);
      return Optional.empty();
    }
    WebSession renewed = s.withExpiry(now + idleMillis);
    sessions.put(token, renewed);
    return Optional.of(renewed);
  }

  public void close(String token) {
    sessions.remove(token);
  }

  private String randomToken() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
