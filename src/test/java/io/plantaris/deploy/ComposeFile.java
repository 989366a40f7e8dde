package io.plantaris.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.plantaris.service.EnvExpansion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * docker-compose.yml as docker compose would see it with no variable set: every {@code
 * ${NAME:-default}} replaced by its default.
 */
final class ComposeFile {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final Path FILE = Path.of("docker-compose.yml");

  final JsonNode services;

  ComposeFile() throws IOException {
    JsonNode root = EnvExpansion.expandTree(YAML.readTree(FILE.toFile()), name -> null);
    services = root.path("services");
  }

  JsonNode service(String name) {
    JsonNode s = services.path(name);
    assertThat(s.isObject()).as("service %s in %s", name, FILE).isTrue();
    return s;
  }

  /** A service's environment as a map (compose allows a map or a list of NAME=value). */
  Map<String, String> env(String service) {
    Map<String, String> env = new HashMap<>();
    JsonNode e = service(service).path("environment");
    if (e.isArray()) {
      e.forEach(kv -> env.put(kv.asText().split("=", 2)[0], kv.asText().split("=", 2)[1]));
    } else {
      e.fields().forEachRemaining(f -> env.put(f.getKey(), f.getValue().asText()));
    }
    return env;
  }

  /** The repository path bind-mounted at {@code target} in {@code service}. */
  Path mountedAt(String service, String target) {
    for (JsonNode v : service(service).path("volumes")) {
      String[] p = v.asText().split(":");
      if (p.length >= 2 && p[1].equals(target) && p[0].startsWith("./")) {
        return Path.of(p[0]);
      }
    }
    throw new AssertionError(service + " mounts nothing from the repository at " + target);
  }
}
