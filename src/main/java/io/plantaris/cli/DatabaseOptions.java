package io.plantaris.cli;

import io.plantaris.dashboard.DashboardConfig;
import io.plantaris.registry.jdbc.DatabaseConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --database URL} and {@code --database-user}, shared by the commands that open the
 * programme's database; the password comes from {@code PLANTARIS_DATABASE_PASSWORD}, never from the
 * command line. Without a URL, the service's default: the H2 file beside the registry.
 */
public final class DatabaseOptions {
  @Option(
      names = "--database",
      description =
          "JDBC URL of the programme's database, e.g. jdbc:postgresql://db:5432/plantaris"
              + " (default: the H2 file plantaris-db beside --registry, as the service uses)")
  String url;

  @Option(
      names = "--database-user",
      description =
          "database user (the password comes from the environment variable "
              + DatabaseConfig.PASSWORD_ENV
              + ")")
  String user;

  /** The database to open, given the (resolved) registry path the default hangs from. */
  public DatabaseConfig config(Path registryFile) {
    if (url == null || url.isBlank()) {
      return DashboardConfig.defaultDatabase(registryFile);
    }
    return new DatabaseConfig(url, user, System.getenv(DatabaseConfig.PASSWORD_ENV));
  }
}
