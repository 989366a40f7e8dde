package io.plantaris.dashboard;

import java.nio.file.Path;

/**
 * Where the dashboard finds its registry, users and audit log, and how it sets cookies.
 *
 * @param secureCookies mark the session cookie Secure; on whenever the service is reached over TLS
 *     (a reverse proxy), off for plain HTTP on a local network or loopback
 * @param requireSecondFactor refuse the login of a clinician or admin who has not enrolled TOTP
 *     ({@code programme user mfa}); an enrolled user always needs the code
 */
public record DashboardConfig(
    Path registryFile,
    Path usersFile,
    Path auditFile,
    boolean secureCookies,
    boolean requireSecondFactor) {
  public DashboardConfig {
    if (registryFile == null) {
      throw new IllegalArgumentException("dashboard needs a registry file");
    }
    usersFile =
        usersFile == null ? io.plantaris.access.UserStore.besideRegistry(registryFile) : usersFile;
    auditFile =
        auditFile == null ? registryFile.toAbsolutePath().resolveSibling("audit.log") : auditFile;
  }

  /**
   * Without the second-factor requirement for users not yet enrolled (embedding and tests; the
   * configuration file's {@code dashboard.requireSecondFactor} defaults to true).
   */
  public DashboardConfig(Path registryFile, Path usersFile, Path auditFile, boolean secureCookies) {
    this(registryFile, usersFile, auditFile, secureCookies, false);
  }
}
