package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.store.SpoolConfig;
import io.plantaris.store.StoreConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health/live} answers while the process runs, whatever its sources do; {@code
 * /health/ready} is 503 while the MQTT subscription is down and only warns for a finished replay;
 * {@code /metrics} explains every family and carries JVM, process and HTTP meters.
 */
class HealthEndpointsIT {
  @TempDir Path tmp;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private HttpResponse<String> get(PlantarisService s, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aFinishedReplayKeepsTheServiceLiveAndReady() throws Exception {
    int brokerPort = freePort();
    ServiceConfig cfg =
        ServiceConfig.defaults()
            .withBroker(EmbeddedBrokerConfig.of(brokerPort, tmp.resolve("broker")))
            .withMqtt(
                MqttSourceConfig.of(MqttEndpoint.plain("127.0.0.1", brokerPort))
                    .withClientId("it-health"))
            .withHttpPort(0)
            .withStore(
                StoreConfig.embedded(
                    tmp.resolve("questdb"), 0, SpoolConfig.of(tmp.resolve("spool"))));
    try (PlantarisService service = PlantarisService.start(cfg, List.of())) {
      ReplaySource replay =
          ReplaySource.ofWire(List.of(Files.readAllBytes(Path.of("samples", "clean-set.plw"))), 0);
      service.ingest().addSource(replay);
      replay.awaitDone();

      assertThat(get(service, "/health").statusCode())
          .as("the old endpoint still mixes both: a finished replay is DEGRADED")
          .isEqualTo(503);
      HttpResponse<String> live = get(service, "/health/live");
      assertThat(live.statusCode()).isEqualTo(200);
      assertThat(json.readTree(live.body()).path("version").asText()).isNotBlank();

      HttpResponse<String> ready = get(service, "/health/ready");
      JsonNode r = json.readTree(ready.body());
      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
      assertThat(r.path("status").asText()).isEqualTo("READY");
      assertThat(statuses(r)).contains("UP", "WARN").doesNotContain("DOWN");
      assertThat(ready.body()).contains("finished replay", "\"name\":\"store\"");

      String metrics = get(service, "/metrics").body();
      assertThat(familiesWithoutHelp(metrics)).isEmpty();
      assertThat(metrics)
          .contains(
              "jvm_memory_used_bytes",
              "jvm_gc_pause_seconds",
              "jvm_threads_live_threads",
              "process_cpu_usage",
              "process_files_open_files",
              "process_uptime_seconds",
              "plantaris_build_info{version=\"")
          .containsPattern("http_server_requests_seconds_count\\{.*route=\"/health/ready\"");
    }
  }

  @Test
  void aLostSubscriptionIsNotReadyButStillLive() throws Exception {
    ServiceConfig cfg =
        ServiceConfig.defaults()
            .withBroker(null)
            .withMqtt(MqttSourceConfig.of(MqttEndpoint.plain("127.0.0.1", freePort())))
            .withHttpPort(0)
            .withStore(null);
    try (PlantarisService service = PlantarisService.start(cfg, List.of())) {
      assertThat(get(service, "/health/live").statusCode()).isEqualTo(200);
      HttpResponse<String> ready = get(service, "/health/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      JsonNode r = json.readTree(ready.body());
      assertThat(r.path("status").asText()).isEqualTo("NOT_READY");
      assertThat(ready.body()).contains("not connected to the broker");
    }
  }

  private static List<String> statuses(JsonNode ready) {
    List<String> out = new ArrayList<>();
    ready.path("checks").forEach(c -> out.add(c.path("status").asText()));
    return out;
  }

  /** Families with a TYPE line but no non-empty HELP line. */
  static Set<String> familiesWithoutHelp(String scrape) {
    Set<String> typed = new TreeSet<>();
    Set<String> helped = new TreeSet<>();
    for (String line : scrape.lines().toList()) {
      String[] p = line.split(" ", 4);
      if (line.startsWith("# TYPE ")) {
        typed.add(p[2]);
      } else if (line.startsWith("# HELP ") && p.length == 4 && !p[3].isBlank()) {
        helped.add(p[2]);
      }
    }
    typed.removeAll(helped);
    return typed;
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
