package io.plantaris.dashboard;

import java.nio.file.Path;

/**
 * Where the dashboard finds its registry, users and audit log, and how it sets cookies.
 *
 * @param secureCookies mark the session cookie Secure; on whenever the service is reached over TLS
 *     (a reverse proxy), off for plain HTTP on a local network or loopback
 */
public record DashboardConfig(
    Path registryFile, Path usersFile, Path auditFile, boolean secureCookies) {
  public DashboardConfig {
    if (registryFile == null) {
      throw new IllegalArgumentException("dashboard needs a registry file");
    }
    usersFile =
        usersFile == null ? io.plantaris.access.UserStore.besideRegistry(registryFile) : usersFile;
    auditFile =
        auditFile == null ? registryFile.toAbsolutePath().resolveSibling("audit.log") : auditFile;
  }
}
