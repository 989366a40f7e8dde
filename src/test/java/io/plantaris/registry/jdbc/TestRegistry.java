package io.plantaris.registry.jdbc;

import io.plantaris.dashboard.DashboardConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For tests that seed or read the programme a service or a command runs on: the database the
 * service opens by default beside a registry path, unpooled: nothing holds the file between calls
 * (the temporary folder it lives in can be deleted after the test).
 */
public final class TestRegistry {
  private static final Map<String, JdbcProgrammeRepository> OPEN = new ConcurrentHashMap<>();

  private TestRegistry() {}

  /** The default database beside {@code registryFile}, as the service and CLI open it. */
  public static JdbcProgrammeRepository at(Path registryFile) {
    DatabaseConfig c = DashboardConfig.defaultDatabase(registryFile);
    return OPEN.computeIfAbsent(c.url(), u -> JdbcProgrammeRepository.openUnpooled(c));
  }
}
