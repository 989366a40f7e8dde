package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.access.DeviceCredentials;
import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Insole B, logged in with its own secret, streams a set on its own topics whose DESCRIPTOR claims
 * insole A's id (the id in {@code samples/clean-set.plw}). Before, A's live page showed B's reps
 * and a session was recorded for A. Now every such message is dropped before the pipeline, nothing
 * is attributed to A, and the drop shows in {@code /metrics} and {@code /health}.
 */
class ForeignDescriptorIT {
  private static final String VICTIM = "SIM-L-0001"; // the id the recording's descriptor names
  private static final String THIEF = "PL-0099-L";

  @TempDir Path tmp;

  @Test
  void aDescriptorNamingAnotherInsoleIsDroppedAndCounted() throws Exception {
    DeviceCredentials creds = new DeviceCredentials(tmp.resolve("device-credentials.json"));
    creds.issue(VICTIM, Instant.parse("2026-12-01T10:00:00Z"));
    String thiefSecret = creds.issue(THIEF, Instant.parse("2026-12-01T10:00:00Z"));
    int port = PersistentMosquitto.freePort();
    MqttEndpoint broker = MqttEndpoint.plain("127.0.0.1", port);
    ServiceConfig cfg =
        ServiceConfig.defaults()
            .withBroker(
                EmbeddedBrokerConfig.of(port, tmp.resolve("broker"))
                    .withDeviceCredentials(creds.path()))
            .withMqtt(MqttSourceConfig.of(broker).withClientId("it-foreign-service"))
            .withHttpPort(0)
            .withStore(null);
    List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    SessionListener collect =
        new SessionListener() {
          @Override
          public void onRep(RepVerdict v) {
            reps.add(v);
          }
        };
    byte[] wire = Files.readAllBytes(Path.of("samples", "clean-set.plw"));
    try (PlantarisService service = PlantarisService.start(cfg, List.of(collect))) {
      try (MqttInsoleBridge thief =
          new MqttInsoleBridge(
              MqttPublisherConfig.of(broker.withCredentials(THIEF, thiefSecret)))) {
        // B's own topics (the stream key names the device the bridge logs in as)
        ReplaySource replay = ReplaySource.ofWire(List.of(wire), List.of("replay:" + THIEF), 0);
        replay.start(thief);
        replay.awaitDone();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (thief.published() + thief.failed() < 2000 && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        assertThat(thief.failed()).as("publishes the broker refused").isZero();
      }
      // B's data frames did reach the pipeline (under B's stream), so A would have had its reps
      FaultWaits.await(
          "B's frames decoded",
          () -> framesOf(service, "mqtt:" + THIEF) >= 2000,
          () -> framesOf(service, "mqtt:" + THIEF) + " frames");
      Thread.sleep(1_000);

      assertThat(reps).as("reps attributed to anyone from B's stream").isEmpty();
      assertThat(service.ingest().devices())
          .as("insoles known to the pipeline")
          .extracting(DeviceStats::deviceId)
          .doesNotContain(VICTIM);
      String metrics = service.registry().scrape();
      assertThat(foreignCount(metrics)).as("foreign descriptors counted").isGreaterThanOrEqualTo(1);
      String health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + service.httpPort() + "/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(health).containsPattern("\"foreignDescriptors\":[1-9]");
    }
  }

  private static long framesOf(PlantarisService service, String stream) {
    return service.ingest().devices().stream()
        .filter(d -> d.streamKey().equals(stream))
        .mapToLong(DeviceStats::framesOk)
        .sum();
  }

  private static double foreignCount(String scrape) {
    return scrape
        .lines()
        .filter(l -> l.startsWith("plantaris_mqtt_descriptors_foreign_total"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }
}
