package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relative data paths hang from the data home; {@code store: {type: off}} turns storing off. */
class DataHomeConfigTest {
  @TempDir Path dir;

  @Test
  void relativeDataPathsHangFromTheHomeAndAbsoluteOnesStay() throws IOException {
    Path home = dir.resolve("home");
    Path f =
        Files.writeString(
            dir.resolve("p.yaml"),
            String.join(
                "\n",
                "broker: {dataDir: b, deviceCredentials: creds.json}",
                "store: {dataDir: /var/lib/q, spoolDir: s}",
                "dashboard: {enabled: true, registry: r.json}"));
    ServiceConfig c = ServiceConfig.load(f, name -> null, home);
    assertThat(c.broker().deviceCredentials()).isEqualTo(home.resolve("creds.json"));
    assertThat(c.store().embeddedDir()).isEqualTo(Path.of("/var/lib/q"));
    assertThat(c.store().spool().dir()).isEqualTo(home.resolve("s"));
    assertThat(c.dashboard().registryFile()).isEqualTo(home.resolve("r.json"));
    assertThat(ServiceConfig.defaults(home).store().spool().dir())
        .isEqualTo(home.resolve("data/spool"));
  }

  @Test
  void storeOffAsDocumentedTurnsStoringOff() throws IOException {
    // YAML 1.1 reads the bare word off as the boolean false
    Path f = Files.writeString(dir.resolve("off.yaml"), "store: {type: off}\n");
    assertThat(ServiceConfig.load(f).store()).isNull();
    Files.writeString(f, "store: {type: \"off\"}\n");
    assertThat(ServiceConfig.load(f).store()).isNull();
  }
}
