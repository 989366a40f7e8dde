package io.plantaris.registry.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.plantaris.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A pool of connections to the programme's database, migrated to the newest schema when opened
 * (Flyway, {@code db/migration} plus the engine's own {@code db/vendor/h2} or {@code
 * db/vendor/postgresql}), and the one place transactions begin and end. The programme repository
 * and the access stores (users, sessions, login failures, audit) share one.
 */
public final class Database implements AutoCloseable {
  /** SQLSTATE of a unique or primary-key violation, the same in H2 and PostgreSQL. */
  public static final String UNIQUE_VIOLATION = "23505";

  private final DataSource source;
  private final AutoCloseable closer;

  private Database(DataSource source, AutoCloseable closer) {
    this.source = source;
    this.closer = closer;
  }

  /**
   * Without a pool: a connection per transaction, so an embedded file is released between calls
   * (tests that seed a database a service then opens, and delete it after).
   */
  static Database openUnpooled(DatabaseConfig config) {
    config.h2File().ifPresent(Database::prepareFolder);
    DataSource direct = new DirectDataSource(config.url(), config.user(), config.password());
    try {
      migrate(direct, config);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot migrate the database " + config.url() + ": " + rootMessage(e), e);
    }
    config.h2File().ifPresent(Database::restrictFiles);
    return new Database(direct, () -> {});
  }

  static Database open(DatabaseConfig config) {
    config.h2File().ifPresent(Database::prepareFolder);
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
      migrate(pool, config);
    } catch (RuntimeException e) {
      pool.close();
      throw new IllegalStateException(
          "cannot migrate the database " + config.url() + ": " + rootMessage(e), e);
    }
    config.h2File().ifPresent(Database::restrictFiles);
    return new Database(pool, pool);
  }

  /**
   * Flyway 11 has no {@code {vendor}} placeholder in locations (that is Spring Boot's), so the
   * engine's folder is chosen here: the scripts that standard SQL cannot write (triggers).
   */
  private static void migrate(DataSource source, DatabaseConfig config) {
    Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(config.url()))
        .load()
        .migrate();
  }

  /** {@code h2} or {@code postgresql}; another engine is refused before anything is created. */
  static String vendor(String url) {
    if (url.startsWith("jdbc:h2:")) {
      return "h2";
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return "postgresql";
    }
    throw new IllegalArgumentException(
        "database.url must be an H2 (jdbc:h2:) or PostgreSQL (jdbc:postgresql:) URL, was " + url);
  }

  /** Patient data: the embedded database's folder is made 0700 when this makes it. */
  private static void prepareFolder(Path base) {
    try {
      PrivateFiles.createDirectories(base.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + base, e);
    }
  }

  /** H2 creates its files with the umask (0644): patient data is 0600, as the registry was. */
  private static void restrictFiles(Path base) {
    Path dir = base.toAbsolutePath().getParent();
    String prefix = base.getFileName().toString() + ".";
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .forEach(PrivateFiles::restrictQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Work on one connection, committed when it returns, rolled back when it throws. */
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  public <T> T transaction(Work<T> work) {
    try (Connection c = source.getConnection()) {
      c.setAutoCommit(false);
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
    try {
      closer.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the database", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
