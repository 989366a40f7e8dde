package io.plantaris.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The datasources Grafana provisions from {@code provisioning/datasources/*.yaml}, by uid. */
final class ProvisionedDatasources {
  private ProvisionedDatasources() {}

  static Map<String, JsonNode> byUid(Path provisioning) throws IOException {
    Map<String, JsonNode> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(provisioning.resolve("datasources"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (JsonNode ds : ComposeFile.YAML.readTree(f.toFile()).path("datasources")) {
          out.put(ds.path("uid").asText(), ds);
        }
      }
    }
    return out;
  }

  static Set<String> uids(Path provisioning) throws IOException {
    return byUid(provisioning).keySet();
  }
}
