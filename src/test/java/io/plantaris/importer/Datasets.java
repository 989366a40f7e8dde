package io.plantaris.importer;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the shared real recordings beside the project; fails under CI when they are missing. */
final class Datasets {
  private Datasets() {}

  /** {@code ../shared/datasets/<relative>} from the Maven basedir. */
  static Path require(String relative) {
    Path root =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("../shared/datasets")
            .normalize();
    Path file = root.resolve(relative);
    if (!Files.exists(file)) {
      if (System.getenv("CI") != null) {
        fail("CI is set but the real dataset is missing: " + file);
      }
      Assumptions.abort("real dataset not available here: " + file);
    }
    return file;
  }
}
