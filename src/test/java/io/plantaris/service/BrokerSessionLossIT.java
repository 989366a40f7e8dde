package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.WireFrames;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameDecoder;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.protocol.MessageType;
import io.plantaris.sim.TimedBytes;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 15: an external Mosquitto restarts without the service's session (persistence off). Before,
 * the client reconnected with session present false, its message flow ended, and it acknowledged
 * and dropped every later message ("No publish flow registered") while the health said UP. Now the
 * service opens its flow again, subscribes again and is ready only once the broker confirmed it: a
 * set streamed after the restart gives every one of its reps, with the offline verdicts.
 */
class BrokerSessionLossIT {
  private static final Logger log = LoggerFactory.getLogger(BrokerSessionLossIT.class);
  private static final Path RECORDING = Path.of("samples", "clean-set.plw");
  private static OfflineReps offline;

  @TempDir Path tmp;

  @BeforeAll
  static void analyseTheFile() throws Exception {
    offline = OfflineReps.of(RECORDING);
    assertThat(offline.reps()).as("clean set of 11 reps").hasSize(11);
  }

  @Test
  void aSetAfterTheBrokerForgotTheSessionIsStoredWhole() throws Exception {
    try (PersistentMosquitto mosquitto = new PersistentMosquitto(tmp.resolve("m"), false)) {
      mosquitto.start();
      OfflineReps.Collector seen = new OfflineReps.Collector();
      IngestService service = new IngestService(IngestConfig.defaults());
      service.addListener(seen);
      MqttFrameSource source =
          new MqttFrameSource(MqttSourceConfig.of(mosquitto.endpoint()).withClientId("svc-loss"));
      service.addSource(source);
      FaultWaits.await("service ready", source::connected, source::health);

      stream(mosquitto, offline.wire(), "SIM-L-0001");
      FaultWaits.await(
          "the first set analysed",
          () -> samples(service, "mqtt:SIM-L-0001") >= offline.track().size(),
          () -> samples(service, "mqtt:SIM-L-0001") + " samples");

      mosquitto.stop();
      FaultWaits.await(
          "not ready while the broker is away", () -> !source.connected(), source::health);
      mosquitto.start();
      FaultWaits.await(
          "ready again, session lost and subscriptions renewed",
          () -> source.connected() && source.health().sessionsLost() == 1,
          source::health);

      stream(mosquitto, asDevice(offline.wire(), "SIM-L-0002"), "SIM-L-0002");
      FaultWaits.await(
          "the second set analysed",
          () -> samples(service, "mqtt:SIM-L-0002") >= offline.track().size(),
          () -> samples(service, "mqtt:SIM-L-0002") + " samples; " + source.health());
      service.close(); // closes the open sets

      List<String> after =
          seen.reps.stream()
              .filter(v -> v.deviceIds().contains("SIM-L-0002"))
              .map(v -> OfflineReps.signature(v.rep()))
              .toList();
      log.info("after the session loss: {} of {} reps; {}", after.size(), 11, source.health());
      assertThat(samples(service, "mqtt:SIM-L-0002")).isEqualTo(offline.track().size());
      assertThat(after).as("reps of the set after the restart").isEqualTo(offline.signatures());
    }
  }

  /** Streams {@code wire} as insole {@code deviceId} and waits until the broker acked it all. */
  private static void stream(PersistentMosquitto broker, byte[] wire, String deviceId)
      throws Exception {
    try (MqttInsoleBridge insole =
        new MqttInsoleBridge(MqttPublisherConfig.of(broker.endpoint()))) {
      ReplaySource replay = ReplaySource.ofWire(List.of(wire), List.of("replay:" + deviceId), 0);
      replay.start(insole);
      replay.awaitDone();
      int frames = WireFrames.split(wire).size();
      FaultWaits.await(
          deviceId + " acknowledged by the broker",
          () -> 1 + insole.published() + insole.failed() >= frames,
          () -> insole.published() + " of " + frames);
      assertThat(insole.failed()).isZero();
    }
  }

  /** The recording as another insole would send it: its descriptors name {@code deviceId}. */
  private static byte[] asDevice(byte[] wire, String deviceId) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (TimedBytes t : WireFrames.split(wire)) {
      byte[] b = t.bytes();
      if (WireFrames.typeOf(b) != MessageType.DESCRIPTOR.wireCode()) {
        out.writeBytes(b);
        continue;
      }
      Frame f = FrameDecoder.decodeEncoded(b, 0, b.length - 1);
      Descriptor d = ((Descriptor) f.message()).withDeviceId(deviceId);
      out.writeBytes(FrameEncoder.encodeWire(Frame.of(f.sequence(), f.deviceTimeMicros(), d)));
    }
    return out.toByteArray();
  }

  private static long samples(IngestService service, String stream) {
    return service.devices().stream()
        .filter(d -> d.streamKey().equals(stream))
        .mapToLong(DeviceStats::samplesOut)
        .sum();
  }
}
