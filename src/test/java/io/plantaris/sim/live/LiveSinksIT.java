package io.plantaris.sim.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.mqtt.EmbeddedBroker;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.ingest.serial.SerialFrameSource;
import io.plantaris.ingest.serial.SerialSourceConfig;
import io.plantaris.ingest.serial.SocatPair;
import io.plantaris.sim.LiveStreamer;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import io.plantaris.sim.WireSink;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The virtual insole as a live device (`simulate --live`): streamed over a serial cable (socat pty
 * pair) and over MQTT, the service counts the simulated set's reps.
 */
class LiveSinksIT {
  @TempDir Path tmp;

  private static final SimulationResult SET =
      VirtualInsole.simulate(Scenario.CLEAN_SET.builder(3).targetReps(4).build());

  @Test
  void streamsOverASerialCable() throws Exception {
    try (SocatPair cable = new SocatPair(tmp, "sim")) {
      cable.plugIn();
      List<RepVerdict> reps =
          stream(
              new SerialFrameSource(SerialSourceConfig.of(cable.hostPath())),
              new SerialWireSink(List.of(cable.devicePath()), 115_200));
      assertThat(reps).hasSize(SET.truth().sets().get(0).repCount());
    }
  }

  @Test
  void streamsOverMqtt() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (EmbeddedBroker broker =
        new EmbeddedBroker(EmbeddedBrokerConfig.of(port, tmp.resolve("broker")))) {
      broker.start();
      List<RepVerdict> reps =
          stream(
              new MqttFrameSource(
                  MqttSourceConfig.of(MqttEndpoint.plain("127.0.0.1", port))
                      .withClientId("sim-it")),
              new MqttWireSink("127.0.0.1", port));
      assertThat(reps).hasSize(SET.truth().sets().get(0).repCount());
    }
  }

  private static List<RepVerdict> stream(io.plantaris.ingest.FrameSource source, WireSink sink)
      throws Exception {
    List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    try (IngestService service = new IngestService(IngestConfig.defaults())) {
      service.addListener(
          new SessionListener() {
            @Override
            public void onRep(RepVerdict v) {
              reps.add(v);
            }
          });
      service.addSource(source);
      try (sink) {
        new LiveStreamer(
                sink,
                20,
                System::nanoTime,
                until -> {
                  long wait = until - System.nanoTime();
                  if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  }
                })
            .stream(SET);
        Thread.sleep(1500); // the last frames are in flight
      }
    }
    return reps;
  }
}
