package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.mqtt.EmbeddedBroker;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.Mosquitto;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.ingest.serial.SerialDeviceWriter;
import io.plantaris.ingest.serial.SerialFrameSource;
import io.plantaris.ingest.serial.SerialSourceConfig;
import io.plantaris.ingest.serial.SocatPair;
import io.plantaris.insole.Track;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One contract, every source: the same recording streamed over a serial cable (socat pty pair),
 * over MQTT through the embedded broker and through a real Mosquitto, and replayed from the file
 * gives the same reps with the same phase durations and the same verdicts as the offline analysis
 * of the file.
 */
class SourceContractIT {
  private static final Path RECORDING = Path.of("samples", "faults-set.plw");
  private static byte[] wire;
  private static Track track;
  private static List<String> expected;

  @TempDir Path tmp;

  @BeforeAll
  static void offlineAnalysis() throws Exception {
    OfflineReps offline = OfflineReps.of(RECORDING);
    wire = offline.wire();
    track = offline.track();
    expected = offline.signatures();
    assertThat(expected)
        .as("the recording holds reps with and without faults")
        .hasSizeGreaterThan(8);
  }

  @Test
  void replayFromFile() throws Exception {
    assertSameReps(
        service -> {
          ReplaySource r = ReplaySource.ofWire(List.of(wire), 0);
          service.addSource(r);
          r.awaitDone();
        });
  }

  @Test
  void serialThroughAPseudoTerminalPair() throws Exception {
    try (SocatPair cable = new SocatPair(tmp, "insole")) {
      cable.plugIn();
      assertSameReps(
          service -> {
            service.addSource(new SerialFrameSource(SerialSourceConfig.of(cable.hostPath())));
            try (SerialDeviceWriter insole =
                SerialDeviceWriter.open(cable.devicePath(), 115_200, null)) {
              for (int off = 0; off < wire.length; off += 4096) {
                insole.write(wire, off, Math.min(4096, wire.length - off));
              }
              awaitSamples(service);
            }
          });
    }
  }

  @Test
  void mqttThroughTheEmbeddedBroker() throws Exception {
    int port = freePort();
    try (EmbeddedBroker broker =
        new EmbeddedBroker(EmbeddedBrokerConfig.of(port, tmp.resolve("broker")))) {
      broker.start();
      MqttEndpoint endpoint = MqttEndpoint.plain("127.0.0.1", port);
      assertSameReps(
          service -> {
            service.addSource(
                new MqttFrameSource(MqttSourceConfig.of(endpoint).withClientId("contract")));
            try (MqttInsoleBridge insoles =
                new MqttInsoleBridge(MqttPublisherConfig.of(endpoint))) {
              ReplaySource r = ReplaySource.ofWire(List.of(wire), 0);
              r.start(insoles);
              r.awaitDone();
              awaitSamples(service);
            }
          });
    }
  }

  @Test
  void mqttThroughARealMosquitto() throws Exception {
    try (Mosquitto mosquitto = new Mosquitto(tmp)) {
      MqttEndpoint endpoint = mosquitto.plain();
      assertSameReps(
          service -> {
            service.addSource(
                new MqttFrameSource(MqttSourceConfig.of(endpoint).withClientId("contract-m")));
            try (MqttInsoleBridge insoles =
                new MqttInsoleBridge(MqttPublisherConfig.of(endpoint))) {
              ReplaySource r = ReplaySource.ofWire(List.of(wire), 0);
              r.start(insoles);
              r.awaitDone();
              awaitSamples(service);
            }
          });
    }
  }

  interface Feed {
    void into(IngestService service) throws Exception;
  }

  private static void assertSameReps(Feed feed) throws Exception {
    List<RepVerdict> live = new CopyOnWriteArrayList<>();
    try (IngestService service = new IngestService(IngestConfig.defaults())) {
      service.addListener(
          new SessionListener() {
            @Override
            public void onRep(RepVerdict v) {
              live.add(v);
            }
          });
      feed.into(service);
      awaitSamples(service);
    }
    assertThat(live.stream().map(v -> OfflineReps.signature(v.rep())).toList()).isEqualTo(expected);
  }

  /** Waits until the service has decoded every sample of the recording. */
  static void awaitSamples(IngestService service) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      long samples = service.devices().stream().mapToLong(d -> d.samplesOut()).sum();
      if (samples >= track.size()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "service decoded only "
            + service.devices().stream().mapToLong(d -> d.samplesOut()).sum()
            + " of "
            + track.size()
            + " samples in 60 s");
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
