package io.plantaris.dashboard;

import io.plantaris.registry.jdbc.DatabaseConfig;
import java.nio.file.Path;

/**
 * Where the dashboard finds the programme's database (which holds its users, sessions, login
 * failures and audit log), and how it sets cookies.
 *
 * @param registryFile the place of the former JSON registry: its folder holds the default database
 *     and the open sessions; the file itself is only read by {@code programme import-json}
 * @param usersFile the users file of earlier versions, moved into the database at the first start
 * @param auditFile the audit file of earlier versions (and its rotated copies), moved likewise
 * @param secureCookies mark the session cookie Secure; on whenever the service is reached over TLS
 *     (a reverse proxy), off for plain HTTP on a local network or loopback
 * @param requireSecondFactor refuse the login of a clinician or admin who has not enrolled TOTP
 *     ({@code programme user mfa}); an enrolled user always needs the code
 * @param database the programme's database; default the H2 file beside {@code registryFile}
 */
public record DashboardConfig(
    Path registryFile,
    Path usersFile,
    Path auditFile,
    boolean secureCookies,
    boolean requireSecondFactor,
    DatabaseConfig database) {
  public DashboardConfig {
    if (registryFile == null) {
      throw new IllegalArgumentException("dashboard needs a registry file");
    }
    usersFile =
        usersFile == null
            ? io.plantaris.access.JsonUserStore.besideRegistry(registryFile)
            : usersFile;
    auditFile =
        auditFile == null ? registryFile.toAbsolutePath().resolveSibling("audit.log") : auditFile;
    database = database == null ? defaultDatabase(registryFile) : database;
  }

  public DashboardConfig(
      Path registryFile,
      Path usersFile,
      Path auditFile,
      boolean secureCookies,
      boolean requireSecondFactor) {
    this(registryFile, usersFile, auditFile, secureCookies, requireSecondFactor, null);
  }

  /**
   * Without the second-factor requirement for users not yet enrolled (embedding and tests; the
   * configuration file's {@code dashboard.requireSecondFactor} defaults to true).
   */
  public DashboardConfig(Path registryFile, Path usersFile, Path auditFile, boolean secureCookies) {
    this(registryFile, usersFile, auditFile, secureCookies, false);
  }

  /** The embedded H2 file in the registry's folder (by default the data home). */
  public static DatabaseConfig defaultDatabase(Path registryFile) {
    return DatabaseConfig.h2File(registryFile.toAbsolutePath().getParent());
  }
}
