package io.plantaris.access;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Login sessions in the memory of one process, keyed by the cookie value: lost when it restarts and
 * unknown to other replicas (the service uses {@code io.plantaris.access.jdbc.JdbcSessionStore});
 * for tools and tests.
 */
public final class MemorySessionStore implements SessionStore {
  private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final LongSupplier clockMillis;
  private final long idleMillis;
  private final long lifetimeMillis;
  private final int maxPerUser;

  public MemorySessionStore(LongSupplier clockMillis, long idleMillis) {
    this(clockMillis, idleMillis, DEFAULT_LIFETIME_MILLIS, DEFAULT_MAX_PER_USER);
  }

  public MemorySessionStore(
      LongSupplier clockMillis, long idleMillis, long lifetimeMillis, int maxPerUser) {
    this.clockMillis = clockMillis;
    this.idleMillis = idleMillis;
    this.lifetimeMillis = lifetimeMillis;
    this.maxPerUser = maxPerUser;
  }

  @Override
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

  @Override
  public Optional<WebSession> find(String token) {
    if (token == null) {
      return Optional.empty();
    }
    long now = clockMillis.getAsLong();
    WebSession s = sessions.get(token);
    if (s == null) {
      return Optional.empty();
    }
    if (!s.openAt(now)) {
      sessions.remove(token);
      return Optional.empty();
    }
    WebSession renewed = s.withExpiry(now + idleMillis);
    sessions.put(token, renewed);
    return Optional.of(renewed);
  }

  @Override
  public boolean isOpen(String token) {
    WebSession s = sessions.get(token);
    long now = clockMillis.getAsLong();
    return s != null && s.openAt(now);
  }

  @Override
  public void close(String token) {
    sessions.remove(token);
  }

  @Override
  public synchronized int closeUser(String userId) {
    List<String> tokens =
        sessions.values().stream()
            .filter(s -> s.user().id().equals(userId))
            .map(WebSession::token)
            .toList();
    tokens.forEach(sessions::remove);
    return tokens.size();
  }

  @Override
  public int count() {
    return sessions.size();
  }

  private String randomToken() {
    return SessionStore.newToken(random);
  }
}
