package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code database:} section: PostgreSQL when named, else the H2 file in the data home. */
class DatabaseConfigTest {
  @TempDir Path dir;

  @Test
  void withoutAUrlTheDatabaseIsTheH2FileBesideTheRegistry() throws IOException {
    Path f = dir.resolve("plain.yaml");
    Files.writeString(f, "dashboard: {enabled: true}\n");
    ServiceConfig c = ServiceConfig.load(f, k -> null);
    Path home = c.dashboard().registryFile().toAbsolutePath().getParent();
    assertThat(c.dashboard().database().url())
        .isEqualTo(
            "jdbc:h2:file:" + home.normalize().resolve("plantaris-db") + ";AUTO_SERVER=TRUE");
    assertThat(c.dashboard().database().h2File())
        .contains(home.normalize().resolve("plantaris-db"));
  }

  @Test
  void aUrlUserAndPasswordAreTakenAsWritten() throws IOException {
    Path f = dir.resolve("pg.yaml");
    Files.writeString(
        f,
        "dashboard: {enabled: true}\n"
            + "database:\n  url: jdbc:postgresql://db:5432/plantaris\n  user: clinic\n"
            + "  password: ${DB_PASSWORD}\n");
    ServiceConfig c = ServiceConfig.load(f, k -> k.equals("DB_PASSWORD") ? "s3cret" : null);
    assertThat(c.dashboard().database().url()).isEqualTo("jdbc:postgresql://db:5432/plantaris");
    assertThat(c.dashboard().database().user()).isEqualTo("clinic");
    assertThat(c.dashboard().database().password()).isEqualTo("s3cret");
    assertThat(c.dashboard().database().toString()).doesNotContain("s3cret");
    assertThat(c.dashboard().database().h2File()).isEmpty();
  }

  @Test
  void aUrlThatIsNotJdbcIsAClearError() throws IOException {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "dashboard: {enabled: true}\ndatabase: {url: 'postgres://db/x'}\n");
    assertThatThrownBy(() -> ServiceConfig.load(f, k -> null))
        .hasMessageContaining("database.url must be a jdbc: URL, was postgres://db/x");
  }
}
