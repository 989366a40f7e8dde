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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml hangs together without a Docker engine: services, pinned images, mounted
 * files, healthchecks and restart policies, no default secrets, only the service's port published
 * (on loopback), and the service's configuration pointing at the InfluxDB and the password- and
 * ACL-protected Mosquitto of the stack.
 */
class ComposeWiringTest {
  private final ComposeFile compose;

  ComposeWiringTest() throws Exception {
    compose = new ComposeFile();
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    compose.services.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void everyServiceIsThereEveryDependencyExistsAndEveryImageIsPinned() {
    List<String> names = names();
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
          .matches("[a-z0-9./-]+:v?[0-9]+\\.[0-9]+\\.[0-9][A-Za-z0-9._-]*|plantaris:local");
      for (JsonNode v : s.path("volumes")) {
        String source = v.asText().split(":")[0];
        if (source.startsWith("./")) {
          assertThat(Path.of(source)).as("%s mounts %s", name, source).exists();
        }
      }
    }
  }

  @Test
  void everyServiceHasAHealthcheckAndRestartsUnlessStopped() {
    for (String name : names()) {
      JsonNode s = compose.service(name);
      assertThat(s.path("restart").asText())
          .as("%s restart policy", name)
          .isEqualTo("unless-stopped");
      assertThat(s.path("healthcheck").path("test").isArray()).as("%s healthcheck", name).isTrue();
    }
    assertThat(compose.service("plantaris").path("healthcheck").path("test").toString())
        .contains("/health/ready");
    assertThat(
            compose
                .service("plantaris")
                .path("depends_on")
                .path("mosquitto")
                .path("condition")
                .asText())
        .isEqualTo("service_healthy");
  }

  @Test
  void onlyTheServicesPortIsPublishedAndOnLoopbackByDefault() {
    for (String name : names()) {
      if (!name.equals("plantaris")) {
        assertThat(compose.service(name).path("ports").isEmpty()).as("%s publishes", name).isTrue();
      }
    }
    JsonNode ports = compose.service("plantaris").path("ports");
    assertThat(ports).hasSize(1);
    assertThat(ports.get(0).asText()).isEqualTo("127.0.0.1:8080:8080");
  }

  @Test
  void noSecretHasADefault() {
    // every password or token compose passes on is required: ${NAME:?message}
    Matcher m = Pattern.compile("\\$\\{([A-Za-z_0-9]+)(:[-?])?").matcher(compose.text);
    while (m.find()) {
      String name = m.group(1);
      if (name.matches(".*(PASSWORD|TOKEN|SECRET).*")) {
        assertThat(m.group(2)).as("%s has no default", name).isEqualTo(":?");
      }
    }
    assertThat(compose.required)
        .containsExactlyInAnyOrder(
            "INFLUXDB_PASSWORD",
            "INFLUXDB_TOKEN",
            "GRAFANA_ADMIN_PASSWORD",
            "PLANTARIS_MQTT_PASSWORD");
    assertThat(compose.text).doesNotContain("change-me", "dev-token");
  }

  @Test
  void theServiceImageIsTheSlimJarBuiltInAStageOnAPinnedJava17Runtime() throws Exception {
    JsonNode build = compose.service("plantaris").path("build");
    Path dockerfile =
        Path.of(build.path("context").asText()).resolve(build.path("dockerfile").asText());
    String text = Files.readString(dockerfile);
    assertThat(text).containsPattern("(?m)^FROM maven:[0-9.]+-eclipse-temurin-17 AS build$");
    assertThat(text).containsPattern("(?m)^FROM eclipse-temurin:17\\.[0-9._]+-jre$");
    assertThat(text).contains("COPY --from=build /plantaris-server.jar /app/plantaris.jar");
    assertThat(text).contains("\"--config\", \"/app/plantaris.yaml\"");
    assertThat(text).contains("HEALTHCHECK", "/health/live", "MaxRAMPercentage", "PLANTARIS_HOME");
    String ignore = Files.readString(Path.of(".dockerignore"));
    assertThat(ignore).contains("!pom.xml", "!src/main/", "!deploy/plantaris/healthcheck.sh");
    assertThat(Path.of("deploy/plantaris/healthcheck.sh")).isExecutable();
  }

  @Test
  void theMountedConfigWritesToTheStacksInfluxDbAndReadsItsMosquittoAsItsOwnUser()
      throws Exception {
    Map<String, String> influx = compose.env("influxdb");
    assertThat(influx).containsEntry("DOCKER_INFLUXDB_INIT_MODE", "setup");
    Path config = compose.mountedAt("plantaris", "/app/plantaris.yaml");
    Map<String, String> env = compose.env("plantaris");
    ServiceConfig c = ServiceConfig.load(config, env::get);

    StoreConfig store = c.store();
    assertThat(store.kind()).isEqualTo(StoreConfig.Kind.INFLUXDB);
    assertThat(store.url()).isEqualTo("http://influxdb:" + compose.containerPort("influxdb"));
    assertThat(store.token())
        .isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_ADMIN_TOKEN"))
        .isEqualTo("test-INFLUXDB_TOKEN");
    assertThat(store.org()).isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_ORG"));
    assertThat(store.bucket()).isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_BUCKET"));
    assertThat(c.broker()).as("external broker, none embedded").isNull();
    assertThat(c.mqtt().endpoint().host()).isEqualTo("mosquitto");
    assertThat(c.mqtt().endpoint().port()).isEqualTo(compose.containerPort("mosquitto"));
    assertThat(c.mqtt().endpoint().toString()).doesNotContain("test-PLANTARIS_MQTT_PASSWORD");
    assertThat(c.mqtt().clientId()).isEqualTo("plantaris-service");
    assertThat(compose.env("mosquitto").get("PLANTARIS_MQTT_PASSWORD"))
        .isEqualTo(env.get("PLANTARIS_MQTT_PASSWORD"));
    assertThat(c.httpHost()).as("reachable from outside the container").isEqualTo("0.0.0.0");
    assertThat(compose.containerPort("plantaris")).isEqualTo(c.httpPort());
    assertThat(c.dashboard()).as("pages and progression in the product stack").isNotNull();
  }

  @Test
  void mosquittoWantsPasswordsConfinesInsolesAndQueuesTenMinutesOfFiftyInsoles() throws Exception {
    String conf =
        Files.readString(compose.mountedAt("mosquitto", "/mosquitto/config/mosquitto.conf"));
    String main = conf.substring(conf.indexOf("listener " + compose.containerPort("mosquitto")));
    main = main.substring(0, main.indexOf("\nlistener "));
    assertThat(main)
        .contains(
            "allow_anonymous false",
            "password_file /mosquitto/data/passwd",
            "acl_file /mosquitto/config/acl",
            "use_username_as_clientid true");
    assertThat(conf).containsPattern("(?m)^listener 1884 127\\.0\\.0\\.1$");
    String acl = Files.readString(compose.mountedAt("mosquitto", "/mosquitto/config/acl"));
    assertThat(acl)
        .containsPattern("(?m)^pattern readwrite plantaris/v1/%u/#$")
        .containsPattern("(?m)^user plantaris-service\\ntopic read plantaris/v1/#$");
    // 50 insoles x 10 minutes: 20 messages/s and 4.8 kB/s each at the most
    assertThat(number(conf, "max_queued_messages")).isGreaterThanOrEqualTo(50L * 600 * 20);
    assertThat(number(conf, "max_queued_bytes")).isGreaterThanOrEqualTo(50L * 600 * 4_800);
    assertThat(conf).containsPattern("(?m)^persistence true$");
  }

  private static long number(String conf, String key) {
    Matcher m = Pattern.compile("(?m)^" + key + " ([0-9]+)$").matcher(conf);
    assertThat(m.find()).as(key).isTrue();
    return Long.parseLong(m.group(1));
  }
}
