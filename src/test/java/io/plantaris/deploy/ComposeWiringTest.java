package io.plantaris.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantaris.service.ServiceConfig;
import io.plantaris.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml hangs together without a Docker engine: services, pinned images, mounted
 * files, and the service's configuration pointing at the InfluxDB and Mosquitto of the stack.
 */
class ComposeWiringTest {
  private final ComposeFile compose;

  ComposeWiringTest() throws Exception {
    compose = new ComposeFile();
  }

  @Test
  void everyServiceIsThereEveryDependencyExistsAndEveryImageIsPinned() {
    List<String> names = new ArrayList<>();
    compose.services.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactlyInAnyOrder("mosquitto", "influxdb", "plantaris", "prometheus", "grafana");
    for (String name : names) {
      JsonNode s = compose.service(name);
      JsonNode deps = s.path("depends_on");
      List<String> dependsOn = new ArrayList<>();
      if (deps.isArray()) {
        deps.forEach(d -> dependsOn.add(d.asText()));
      } else {
        deps.fieldNames().forEachRemaining(dependsOn::add);
      }
      assertThat(names).as("%s depends on services of the stack", name).containsAll(dependsOn);
      assertThat(s.path("image").asText())
          .as("%s image is pinned to a version", name)
          .matches("[a-z0-9./-]+:v?[0-9]+\\.[0-9][A-Za-z0-9._-]*|plantaris:local");
      for (JsonNode v : s.path("volumes")) {
        String source = v.asText().split(":")[0];
        if (source.startsWith("./")) {
          assertThat(Path.of(source)).as("%s mounts %s", name, source).exists();
        }
      }
    }
  }

  @Test
  void theServiceImageIsTheShadedJarOnAPinnedJava17Runtime() throws Exception {
    JsonNode build = compose.service("plantaris").path("build");
    Path dockerfile =
        Path.of(build.path("context").asText()).resolve(build.path("dockerfile").asText());
    String text = Files.readString(dockerfile);
    assertThat(text).containsPattern("(?m)^FROM eclipse-temurin:17\\.[0-9._]+-jre$");
    assertThat(text).contains("COPY target/plantaris.jar /app/plantaris.jar");
    assertThat(text).contains("\"--config\", \"/app/plantaris.yaml\"");
    assertThat(Files.readString(Path.of(".dockerignore"))).contains("!target/plantaris.jar");
  }

  @Test
  void theMountedConfigWritesToTheStacksInfluxDbAndReadsItsMosquitto() throws Exception {
    Map<String, String> influx = compose.env("influxdb");
    assertThat(influx).containsEntry("DOCKER_INFLUXDB_INIT_MODE", "setup");
    Path config = compose.mountedAt("plantaris", "/app/plantaris.yaml");
    Map<String, String> env = compose.env("plantaris");
    ServiceConfig c = ServiceConfig.load(config, env::get);

    StoreConfig store = c.store();
    assertThat(store.kind()).isEqualTo(StoreConfig.Kind.INFLUXDB);
    assertThat(store.url()).isEqualTo("http://influxdb:" + containerPort("influxdb"));
    assertThat(store.token())
        .isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_ADMIN_TOKEN"))
        .isEqualTo("plantaris-dev-token");
    assertThat(store.org()).isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_ORG"));
    assertThat(store.bucket()).isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_BUCKET"));
    assertThat(c.broker()).as("external broker, none embedded").isNull();
    assertThat(c.mqtt().endpoint().host()).isEqualTo("mosquitto");
    assertThat(c.mqtt().endpoint().port()).isEqualTo(containerPort("mosquitto"));
    String mosquittoConf =
        Files.readString(compose.mountedAt("mosquitto", "/mosquitto/config/mosquitto.conf"));
    assertThat(mosquittoConf).containsPattern("(?m)^listener " + containerPort("mosquitto") + "$");
    assertThat(c.httpHost()).as("reachable from outside the container").isEqualTo("0.0.0.0");
    assertThat(containerPort("plantaris")).isEqualTo(c.httpPort());
  }

  /** The container side of a service's first published port. */
  private int containerPort(String service) {
    String p = compose.service(service).path("ports").get(0).asText();
    return Integer.parseInt(p.substring(p.lastIndexOf(':') + 1));
  }
}
