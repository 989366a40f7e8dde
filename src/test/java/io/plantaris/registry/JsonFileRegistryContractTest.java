package io.plantaris.registry;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The repository contract on the legacy JSON file (now the import source). */
class JsonFileRegistryContractTest {
  @TempDir Path dir;

  JsonFileRegistry open() {
    return new JsonFileRegistry(dir.resolve("registry.json"));
  }

  @Nested
  class Contract extends ProgrammeRegistryContract {
    @Override
    protected ProgrammeRegistry fresh() {
      return open();
    }

    @Override
    protected ProgrammeRegistry reopened() {
      return open();
    }
  }

  @Nested
  class ConcurrentWrites extends ConcurrentWritesContract {
    @Override
    protected ProgrammeRegistry fresh() {
      return open();
    }

    @Override
    protected ProgrammeRegistry another() {
      return open();
    }
  }
}
