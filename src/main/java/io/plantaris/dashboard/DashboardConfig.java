package io.plantaris.dashboard;

import io.plantaris.registry.jdbc.DatabaseConfig;
import java.nio.file.Path;

/**
 * Where the dashboard finds the programme's database, its users and audit log, and how it sets
 * cookies.
 *
 * @param registryFile the place of the former JSON registry: its folder holds the users, the audit
 *     log, the open sessions and the default database; the file itself is only read by {@code
 *     programme import-json}
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
        usersFile == null ? io.plantaris.access.UserStore.besideRegistry(registryFile) : usersFile;
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
