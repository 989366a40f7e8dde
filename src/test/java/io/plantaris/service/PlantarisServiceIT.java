package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.cli.PlantarisCli;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.store.HistoryReader;
import io.plantaris.store.SpoolConfig;
import io.plantaris.store.StoreConfig;
import io.plantaris.store.StoredRep;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled service on embedded defaults: broker, MQTT source, pipeline, health, metrics. */
class PlantarisServiceIT {
  @TempDir Path tmp;

  @Test
  void healthAndMetricsShowWhatAnInsoleSent() throws Exception {
    int brokerPort = freePort();
    MqttEndpoint endpoint = MqttEndpoint.plain("127.0.0.1", brokerPort);
    ServiceConfig cfg =
        ServiceConfig.defaults()
            .withBroker(EmbeddedBrokerConfig.of(brokerPort, tmp.resolve("broker")))
            .withMqtt(MqttSourceConfig.of(endpoint).withClientId("it-service"))
            .withHttpPort(0)
            .withStore(
                StoreConfig.embedded(
                    tmp.resolve("questdb"), 0, SpoolConfig.of(tmp.resolve("spool"))));
    List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    SessionListener collect =
        new SessionListener() {
          @Override
          public void onRep(RepVerdict v) {
            reps.add(v);
          }
        };
    try (PlantarisService service = PlantarisService.start(cfg, List.of(collect))) {
      byte[] wire = Files.readAllBytes(Path.of("samples", "clean-set.plw"));
      try (MqttInsoleBridge insole = new MqttInsoleBridge(MqttPublisherConfig.of(endpoint))) {
        ReplaySource replay = ReplaySource.ofWire(List.of(wire), 0);
        replay.start(insole);
        replay.awaitDone();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (reps.size() < 11 && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
      }
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + service.httpPort();
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode h = new ObjectMapper().readTree(health.body());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(h.path("status").asText()).isEqualTo("UP");
      JsonNode device = h.path("devices").get(0);
      assertThat(device.path("device").asText()).isEqualTo("SIM-L-0001");
      assertThat(device.path("framesOk").asLong()).isGreaterThan(2000);
      assertThat(device.path("lostFrames").asLong()).isZero();
      String metrics =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(metrics)
          .contains("plantaris_frames_total{stream=\"mqtt:SIM-L-0001\"}")
          .contains("plantaris_verdict_latency_seconds_count " + reps.size() + "\n")
          .contains(
              "plantaris_decode_errors_total{reason=\"BAD_CRC\",stream=\"mqtt:SIM-L-0001\"} 0.0")
          .contains("plantaris_spool_depth_records");
      assertThat(h.path("store").path("spoolWritable").asBoolean()).isTrue();
      // every rep the pipeline emitted is in the store, once
      assertThat(service.store().awaitDrained(60_000)).isTrue();
      List<StoredRep> stored = awaitReps(service.store().reader(), reps.size());
      assertThat(stored).hasSize(reps.size());
      assertThat(stored.stream().map(r -> r.rep().upStartMicros()))
          .containsExactlyElementsOf(reps.stream().map(v -> v.rep().upStartMicros()).toList());
    }
    assertThat(reps).as("the clean set's reps, all valid").hasSize(11);
    assertThat(reps).allSatisfy(v -> assertThat(v.rep().valid()).isTrue());
  }

  @Test
  void demoPrintsEveryRepsVerdictAndWhereToLookNext() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      exit = PlantarisCli.newCommandLine().execute("demo", "--speed", "25", "--http-port", "0");
    } finally {
      System.setOut(original);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(out).contains("insole announced: SIM-L-0001 LEFT, 16 cells");
    assertThat(out)
        .containsPattern("set 1 rep  1 .* up \\d\\.\\d s  hold \\d\\.\\d s  down \\d\\.\\d s");
    assertThat(out).contains("does not count: too fast on the way up");
    assertThat(out).containsPattern("set 1 done: \\d+ of \\d+ reps count");
    assertThat(out).contains("0 lost, 0 duplicates, decode errors none");
    assertThat(out).contains("Next: `java -jar target/plantaris.jar run`");
  }

  /** QuestDB applies WAL writes asynchronously: wait until the expected count is visible. */
  private static List<StoredRep> awaitReps(HistoryReader reader, int expected) throws Exception {
    List<StoredRep> got = List.of();
    for (int i = 0; i < 100 && got.size() < expected; i++) {
      Thread.sleep(100);
      got = reader.reps("SIM-0001", Instant.EPOCH, Instant.now().plusSeconds(3600));
    }
    return got;
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
