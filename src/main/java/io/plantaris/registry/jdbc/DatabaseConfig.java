package io.plantaris.registry.jdbc;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the programme's database is: a JDBC URL with its login. The default is an H2 file under the
 * data home, which needs nothing installed; production points it at PostgreSQL.
 *
 * @param password may be null (H2's default user has none); never logged
 */
public record DatabaseConfig(String url, String user, String password) {
  /** Environment variable read for the password when the configuration file names none. */
  public static final String PASSWORD_ENV = "PLANTARIS_DATABASE_PASSWORD";

  /** File name (H2 adds {@code .mv.db}) of the default database in the data home. */
  public static final String DEFAULT_FILE = "plantaris-db";

  public DatabaseConfig {
    if (url == null || !url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("database.url must be a jdbc: URL, was " + url);
    }
    user = user == null ? "" : user;
  }

  /**
   * The embedded H2 file database in {@code dir}. AUTO_SERVER lets the {@code programme} commands
   * open it while the service holds it: the first process serves it to the others on loopback.
   */
  public static DatabaseConfig h2File(Path dir) {
    Path file = dir.toAbsolutePath().normalize().resolve(DEFAULT_FILE);
    return new DatabaseConfig("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "plantaris", "");
  }

  /** The H2 database file's base path (H2 adds {@code .mv.db}); empty for a server database. */
  public Optional<Path> h2File() {
    String prefix = "jdbc:h2:file:";
    if (!url.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = url.substring(prefix.length());
    int semicolon = rest.indexOf(';');
    return Optional.of(Path.of(semicolon < 0 ? rest : rest.substring(0, semicolon)));
  }

  @Override
  public String toString() {
    return "DatabaseConfig[url=" + url + ", user=" + user + "]";
  }
}
