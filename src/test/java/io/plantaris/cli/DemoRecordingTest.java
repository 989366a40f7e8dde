package io.plantaris.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `demo` started outside the project folder streams the recording the jar carries. */
class DemoRecordingTest {
  @Test
  void theJarCarriesTheDemoRecordingUnchanged() throws Exception {
    assertThat(DemoCommand.bundledSample())
        .isEqualTo(Files.readAllBytes(Path.of("samples", "faults-set.plw")));
  }
}
