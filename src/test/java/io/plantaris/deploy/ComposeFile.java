package io.plantaris.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.plantaris.service.EnvExpansion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docker-compose.yml as docker compose would see it with only the required secrets set: every
 * {@code ${NAME:?message}} (a variable compose refuses to start without) set to {@code test-NAME},
 * every {@code ${NAME:-default}} replaced by its default.
 */
final class ComposeFile {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final Path FILE = Path.of("docker-compose.yml");

  static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):\\?[^}]*}");

  final JsonNode services;
  final String text;
  final Set<String> required = new TreeSet<>();

  ComposeFile() throws IOException {
    text = Files.readString(FILE);
    Matcher m = REQUIRED.matcher(text);
    while (m.find()) {
      required.add(m.group(1));
    }
    String plain = REQUIRED.matcher(text).replaceAll("\\${$1}");
    JsonNode root = EnvExpansion.expandTree(YAML.readTree(plain), this::testEnv);
    services = root.path("services");
  }

  /** The value a required variable has in these tests; null for any other. */
  String testEnv(String name) {
    return required.contains(name) ? "test-" + name : null;
  }

  /** The port a service listens on inside the stack: its first published or exposed port. */
  int containerPort(String service) {
    JsonNode s = service(service);
    String p =
        s.path("ports").isEmpty()
            ? s.path("expose").get(0).asText()
            : s.path("ports").get(0).asText();
    return Integer.parseInt(p.substring(p.lastIndexOf(':') + 1));
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
