package io.plantaris.registry.jdbc;

import io.plantaris.registry.ConcurrentWritesContract;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.ProgrammeRegistryContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The repository contract and the concurrent writers on the embedded default: an H2 file. */
class H2ProgrammeRepositoryTest {
  @TempDir Path dir;
  final List<JdbcProgrammeRepository> open = new ArrayList<>();

  @AfterEach
  void closeAll() {
    open.forEach(JdbcProgrammeRepository::close);
    open.clear();
  }

  ProgrammeRegistry another() {
    JdbcProgrammeRepository r = JdbcProgrammeRepository.open(DatabaseConfig.h2File(dir));
    open.add(r);
    return r;
  }

  @Nested
  class Contract extends ProgrammeRegistryContract {
    @Override
    protected ProgrammeRegistry fresh() {
      return another();
    }

    @Override
    protected ProgrammeRegistry reopened() {
      closeAll(); // a real restart: the file is closed and opened again
      return another();
    }
  }

  @Nested
  class ConcurrentWrites extends ConcurrentWritesContract {
    @Override
    protected ProgrammeRegistry fresh() {
      return another();
    }

    @Override
    protected ProgrammeRegistry another() {
      return H2ProgrammeRepositoryTest.this.another();
    }
  }
}
