package io.plantaris.registry.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * A pool of connections to the programme's database, migrated to the newest schema when opened
 * (Flyway, {@code db/migration}), and the one place transactions begin and end.
 */
final class Database implements AutoCloseable {
  /** SQLSTATE of a unique or primary-key violation, the same in H2 and PostgreSQL. */
  static final String UNIQUE_VIOLATION = "23505";

  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  static Database open(DatabaseConfig config) {
    HikariConfig h = new HikariConfig();
    h.setJdbcUrl(config.url());
    h.setUsername(config.user());
    h.setPassword(config.password());
    h.setPoolName("plantaris-db");
    h.setMaximumPoolSize(8);
    h.setAutoCommit(false);
    h.setInitializationFailTimeout(10_000);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(h);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot open the database " + config.url() + ": " + rootMessage(e), e);
    }
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new IllegalStateException(
          "cannot migrate the database " + config.url() + ": " + rootMessage(e), e);
    }
    return new Database(pool);
  }

  /** Work on one connection, committed when it returns, rolled back when it throws. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  <T> T transaction(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("database error: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
