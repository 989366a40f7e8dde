package io.plantaris.access.jdbc;

import io.plantaris.access.LoginLimiter;
import io.plantaris.registry.jdbc.Database;
import io.plantaris.registry.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The login limiter over the programme's database ({@code login_failure}): every replica counts the
 * same failures, and a restart forgets none. Each failure is one row for the name from the address
 * and one for the address alone; rows older than the window are deleted as failures come, so the
 * table holds at most a window of failures, and an address that is waiting adds none.
 */
public final class JdbcLoginLimiter implements LoginLimiter {
  private static final int MAX_ADDRESS_CHARS = 100;
  private static final int MAX_NAME_CHARS = 96;

  private final Database db;
  private final LongSupplier clockMillis;
  private final int maxFailures;
  private final int maxAddressFailures;
  private final long windowMillis;

  public JdbcLoginLimiter(Database db, LongSupplier clockMillis) {
    this(
        db, clockMillis, DEFAULT_MAX_FAILURES, DEFAULT_MAX_ADDRESS_FAILURES, DEFAULT_WINDOW_MILLIS);
  }

  public JdbcLoginLimiter(
      Database db,
      LongSupplier clockMillis,
      int maxFailures,
      int maxAddressFailures,
      long windowMillis) {
    this.db = db;
    this.clockMillis = clockMillis;
    this.maxFailures = maxFailures;
    this.maxAddressFailures = maxAddressFailures;
    this.windowMillis = windowMillis;
  }

  @Override
  public long retryAfterSeconds(String user, String address) {
    long now = clockMillis.getAsLong();
    return db.transaction(
        c ->
            Math.max(
                wait(c, address(address), name(user), maxFailures, now),
                wait(c, address(address), null, maxAddressFailures, now)));
  }

  @Override
  public boolean addressLimited(String address) {
    long now = clockMillis.getAsLong();
    return db.transaction(c -> wait(c, address(address), null, maxAddressFailures, now)) > 0;
  }

  @Override
  public void failed(String user, String address) {
    long now = clockMillis.getAsLong();
    String insert = "INSERT INTO login_failure (address, user_name, at_millis) VALUES (?, ?, ?)";
    db.transaction(
        c -> {
          Sql.update(c, "DELETE FROM login_failure WHERE at_millis <= ?", now - windowMillis);
          Sql.update(c, insert, address(address), name(user), now);
          Sql.update(c, insert, address(address), null, now);
          return null;
        });
  }

  @Override
  public void succeeded(String user, String address) {
    db.transaction(
        c ->
            Sql.update(
                c,
                "DELETE FROM login_failure WHERE address = ? AND user_name = ?",
                address(address),
                name(user)));
  }

  /** The wait for one key: the {@code max}-th newest failure within the window decides it. */
  private long wait(Connection c, String address, String user, int max, long now)
      throws SQLException {
    String sql =
        "SELECT at_millis FROM login_failure WHERE address = ? AND "
            + (user == null ? "user_name IS NULL" : "user_name = ?")
            + " AND at_millis > ? ORDER BY at_millis DESC";
    Object[] args =
        user == null
            ? new Object[] {address, now - windowMillis}
            : new Object[] {address, user, now - windowMillis};
    List<Long> recent = Sql.query(c, sql + " LIMIT " + max, r -> r.getLong(1), args);
    return recent.size() < max
        ? 0
        : LoginLimiter.waitSeconds(recent.get(max - 1), now, windowMillis);
  }

  private static String address(String a) {
    return a.length() <= MAX_ADDRESS_CHARS ? a : a.substring(0, MAX_ADDRESS_CHARS);
  }

  private static String name(String n) {
    return n.length() <= MAX_NAME_CHARS ? n : n.substring(0, MAX_NAME_CHARS);
  }
}
