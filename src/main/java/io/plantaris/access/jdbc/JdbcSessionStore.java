package io.plantaris.access.jdbc;

import io.plantaris.access.SessionStore;
import io.plantaris.access.User;
import io.plantaris.access.WebSession;
import io.plantaris.registry.jdbc.Database;
import io.plantaris.registry.jdbc.Sql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Web sessions in the programme's database ({@code web_session}), so a restart logs nobody out and
 * every replica knows every session. Only the SHA-256 of the cookie value is stored. A request
 * pushes the idle deadline back in memory and writes it only when the stored one is more than
 * {@link #renewAfterMillis()} behind (a minute by default): one write a minute per busy browser,
 * not one per request, at the price of an idle end up to that much early.
 */
public final class JdbcSessionStore implements SessionStore {
  private static final String COLUMNS =
      "s.csrf_token, s.expires_at_millis, s.ends_at_millis, " + Users.COLUMNS;

  private final Database db;
  private final SecureRandom random = new SecureRandom();
  private final LongSupplier clockMillis;
  private final long idleMillis;
  private final long lifetimeMillis;
  private final int maxPerUser;
  private final long renewAfterMillis;

  public JdbcSessionStore(Database db, LongSupplier clockMillis) {
    this(db, clockMillis, DEFAULT_IDLE_MILLIS, DEFAULT_LIFETIME_MILLIS, DEFAULT_MAX_PER_USER);
  }

  public JdbcSessionStore(
      Database db, LongSupplier clockMillis, long idleMillis, long lifetimeMillis, int maxPerUser) {
    this.db = db;
    this.clockMillis = clockMillis;
    this.idleMillis = idleMillis;
    this.lifetimeMillis = lifetimeMillis;
    this.maxPerUser = maxPerUser;
    this.renewAfterMillis = Math.min(60_000, idleMillis / 10);
  }

  /** How far the stored idle deadline may lag behind before a request writes it. */
  public long renewAfterMillis() {
    return renewAfterMillis;
  }

  @Override
  public WebSession open(User user) {
    long now = clockMillis.getAsLong();
    WebSession s =
        new WebSession(
            SessionStore.newToken(random),
            user,
            SessionStore.newToken(random),
            now + idleMillis,
            now + lifetimeMillis);
    return db.transaction(
        c -> {
          // the user's row is the lock: two replicas logging one user in keep the maximum too
          if (Users.find(c, user.id(), true).isEmpty()) {
            throw new IllegalStateException("no user '" + user.id() + "' in the database");
          }
          Sql.update(
              c,
              "DELETE FROM web_session WHERE expires_at_millis < ? OR ends_at_millis < ?",
              now,
              now);
          List<String> own =
              Sql.query(
                  c,
                  "SELECT token_sha256 FROM web_session WHERE user_id = ?"
                      + " ORDER BY ends_at_millis, opened_at_millis",
                  r -> r.getString(1),
                  user.id());
          for (int i = 0; i <= own.size() - maxPerUser; i++) { // the oldest end first
            Sql.update(c, "DELETE FROM web_session WHERE token_sha256 = ?", own.get(i));
          }
          Sql.update(
              c,
              "INSERT INTO web_session (token_sha256, user_id, csrf_token, opened_at_millis,"
                  + " expires_at_millis, ends_at_millis) VALUES (?, ?, ?, ?, ?, ?)",
              sha256(s.token()),
              user.id(),
              s.csrfToken(),
              now,
              s.expiresAtMillis(),
              s.endsAtMillis());
          return s;
        });
  }

  @Override
  public Optional<WebSession> find(String token) {
    if (token == null) {
      return Optional.empty();
    }
    long now = clockMillis.getAsLong();
    String hash = sha256(token);
    return db.transaction(
        c -> {
          List<WebSession> found =
              Sql.query(
                  c,
                  "SELECT "
                      + COLUMNS
                      + " FROM web_session s JOIN app_user u ON u.id = s.user_id"
                      + " WHERE s.token_sha256 = ?",
                  r ->
                      new WebSession(
                          token,
                          Users.map(r),
                          r.getString("csrf_token"),
                          r.getLong("expires_at_millis"),
                          r.getLong("ends_at_millis")),
                  hash);
          if (found.isEmpty()) {
            return Optional.empty();
          }
          WebSession s = found.get(0);
          if (!s.openAt(now)) {
            Sql.update(c, "DELETE FROM web_session WHERE token_sha256 = ?", hash);
            return Optional.empty();
          }
          WebSession renewed = s.withExpiry(now + idleMillis);
          if (renewed.expiresAtMillis() - s.expiresAtMillis() > renewAfterMillis) {
            Sql.update(
                c,
                "UPDATE web_session SET expires_at_millis = ? WHERE token_sha256 = ?",
                renewed.expiresAtMillis(),
                hash);
          }
          return Optional.of(renewed);
        });
  }

  @Override
  public boolean isOpen(String token) {
    if (token == null) {
      return false;
    }
    long now = clockMillis.getAsLong();
    String sql =
        "SELECT COUNT(*) FROM web_session WHERE token_sha256 = ?"
            + " AND expires_at_millis >= ? AND ends_at_millis >= ?";
    return db.transaction(c -> Sql.query(c, sql, r -> r.getLong(1), sha256(token), now, now)).get(0)
        > 0;
  }

  @Override
  public void close(String token) {
    if (token == null) {
      return;
    }
    db.transaction(
        c -> Sql.update(c, "DELETE FROM web_session WHERE token_sha256 = ?", sha256(token)));
  }

  @Override
  public int closeUser(String userId) {
    return db.transaction(c -> Sql.update(c, "DELETE FROM web_session WHERE user_id = ?", userId));
  }

  @Override
  public int count() {
    long now = clockMillis.getAsLong();
    String sql =
        "SELECT COUNT(*) FROM web_session WHERE expires_at_millis >= ? AND ends_at_millis >= ?";
    return db.transaction(c -> Sql.query(c, sql, r -> r.getInt(1), now, now)).get(0);
  }

  /** What is stored of a cookie value: its SHA-256 in hex. */
  static String sha256(String token) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
