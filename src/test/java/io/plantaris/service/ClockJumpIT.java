package io.plantaris.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.IngestConfig;
import io.plantaris.ingest.IngestService;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.ReplaySource;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import io.plantaris.ingest.mqtt.EmbeddedBroker;
import io.plantaris.ingest.mqtt.EmbeddedBrokerConfig;
import io.plantaris.ingest.mqtt.MqttEndpoint;
import io.plantaris.ingest.mqtt.MqttFrameSource;
import io.plantaris.ingest.mqtt.MqttPublisherConfig;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.protocol.FrameReader;
import io.plantaris.protocol.WireTrackReader;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's "device clock jumps +1 h mid-set", through a real broker: the device time is rebased
 * where the clock jumped, so the live service and the offline analysis of the same bytes give the
 * reps and sets of the recording without the jump, no set split, and no rep stamped an hour on.
 */
class ClockJumpIT {
  private static final Path RECORDING = Path.of("samples", "clean-set.plw");
  private static final long HOUR_MICROS = 3_600_000_000L;

  @TempDir Path tmp;

  @Test
  void anHourJumpMidSetChangesNothingAndNoRepIsStampedAnHourOn() throws Exception {
    byte[] clean = Files.readAllBytes(RECORDING);
    OfflineReps whole = OfflineReps.of(RECORDING);
    byte[] jumped = jumpAfterHalf(clean);
    WireTrackReader.Result offline = WireTrackReader.read(jumped);
    assertThat(offline.link().clockJumps()).isEqualTo(1);
    assertThat(offline.track().size()).isEqualTo(whole.track().size());
    long span = offline.track().timeMicros()[offline.track().size() - 1];
    assertThat(span).as("no hour inside the track").isLessThan(HOUR_MICROS / 10);

    int port = freePort();
    List<RepVerdict> reps = new CopyOnWriteArrayList<>();
    List<SetFinished> sets = new CopyOnWriteArrayList<>();
    List<Long> lateByMicros = new CopyOnWriteArrayList<>();
    long startMicros = System.currentTimeMillis() * 1000;
    DeviceStats stats;
    try (EmbeddedBroker broker =
        new EmbeddedBroker(EmbeddedBrokerConfig.of(port, tmp.resolve("broker")))) {
      broker.start();
      MqttEndpoint endpoint = MqttEndpoint.plain("127.0.0.1", port);
      try (IngestService service = new IngestService(IngestConfig.defaults())) {
        service.addListener(
            new SessionListener() {
              @Override
              public void onRep(RepVerdict v) {
                reps.add(v);
                lateByMicros.add(v.rep().downEndMicros() - startMicros);
              }

              @Override
              public void onSet(SetFinished s) {
                sets.add(s);
              }
            });
        service.addSource(
            new MqttFrameSource(MqttSourceConfig.of(endpoint).withClientId("clock-jump")));
        try (MqttInsoleBridge insole = new MqttInsoleBridge(MqttPublisherConfig.of(endpoint))) {
          ReplaySource r = ReplaySource.ofWire(List.of(jumped), 0);
          r.start(insole);
          r.awaitDone();
          long deadline = System.nanoTime() + 60_000_000_000L;
          while (service.devices().stream().mapToLong(d -> d.samplesOut()).sum()
              < offline.track().size()) {
            assertThat(System.nanoTime()).as("all samples decoded in 60 s").isLessThan(deadline);
            Thread.sleep(50);
          }
        }
        stats = service.devices().iterator().next();
      }
    }
    assertThat(reps.stream().map(v -> OfflineReps.signature(v.rep())).toList())
        .isEqualTo(whole.signatures());
    assertThat(sets).as("one set, not split by the jump").hasSize(1);
    assertThat(lateByMicros)
        .as("every rep stamped within the recording's span of the replay's start, none an hour on")
        .allMatch(l -> l >= 0 && l < span + 60_000_000L);
    assertThat(stats.link().clockJumps()).isEqualTo(1);
    assertThat(stats.link().lostFrames()).isZero();
  }

  /** The recording with every frame from the middle on stamped an hour later (u32 wrap kept). */
  private static byte[] jumpAfterHalf(byte[] wire) {
    List<Frame> frames = new ArrayList<>();
    new FrameReader(frames::add).feed(wire);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      long t = i < frames.size() / 2 ? f.deviceTimeMicros() : f.deviceTimeMicros() + HOUR_MICROS;
      out.writeBytes(
          FrameEncoder.encodeWire(Frame.of(f.sequence(), t & 0xFFFF_FFFFL, f.message())));
    }
    return out.toByteArray();
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
