package io.plantaris.access.jdbc;

import io.plantaris.registry.jdbc.DatabaseConfig;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The access stores' contract on the embedded H2 file the service opens by default. */
class H2AccessStoresTest extends AccessStoresContract {
  @TempDir Path dir;

  @Override
  protected void freshDatabase() {}

  @Override
  protected JdbcProgrammeRepository reopen() {
    return JdbcProgrammeRepository.open(DatabaseConfig.h2File(dir));
  }
}
