package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.http.HttpTls;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpExposureTest {
  @Test
  void plainHttpOffLoopbackIsWarnedWithWhatToDo() {
    assertThat(HttpExposure.warning("0.0.0.0", null))
        .hasValueSatisfying(
            w -> assertThat(w).contains("0.0.0.0").contains("without TLS").contains("http.tls"));
  }

  @Test
  void loopbackOrTlsIsNotWarned(@TempDir Path dir) throws Exception {
    Path keyStore = Files.writeString(dir.resolve("k.p12"), "not read here");
    assertThat(HttpExposure.warning("127.0.0.1", null)).isEmpty();
    assertThat(HttpExposure.warning("localhost", null)).isEmpty();
    assertThat(HttpExposure.warning("0.0.0.0", new HttpTls(keyStore, "pw"))).isEmpty();
  }
}
