package io.plantaris.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveStreamerTest {

  @Test
  void framesLeaveAtTheirDeviceTimeOnePer50MillisAndBytesMatchTheFile() throws Exception {
    SimulationResult r = VirtualInsole.simulate(Scenario.QUIET_STAND.config(4));
    String id = r.recording().tracks().get(0).layout().deviceId();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> waits = new ArrayList<>();
    long[] now = {1_000_000_000L};
    LiveStreamer s =
        new LiveStreamer(
            new OutputStreamSink(Map.of(id, out)),
            2.0,
            () -> now[0],
            until -> {
              waits.add(until - 1_000_000_000L);
            });
    s.stream(r);
    var track = r.recording().tracks().get(0);
    assertThat(out.toByteArray())
        .isEqualTo(WireRecordingWriter.bytes(track, SimulationFiles.bootId(r.config(), track)));
    // at 2x speed, 50 ms of device time between SAMPLES frames is 25 ms of wall time
    List<Long> distinct = waits.stream().distinct().toList();
    assertThat(distinct.get(1) - distinct.get(0)).isEqualTo(25_000_000L);
    long lastMicros = track.timeMicros()[track.size() - 5];
    assertThat(distinct.get(distinct.size() - 1)).isEqualTo(lastMicros * 1000 / 2);
  }

  @Test
  void realTimeStreamingTakesTheRecordingsDuration() throws Exception {
    SimulationResult r =
        VirtualInsole.simulate(Scenario.QUIET_STAND.builder(4).calibrationMillis(1000).build());
    String id = r.recording().tracks().get(0).layout().deviceId();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    var real = LiveStreamer.realTime(new OutputStreamSink(Map.of(id, out)));
    new LiveStreamer(
            new OutputStreamSink(Map.of(id, out)),
            4.0,
            System::nanoTime,
            until -> {
              long w = until - System.nanoTime();
              if (w > 0) {
                Thread.sleep(w / 1_000_000, (int) (w % 1_000_000));
              }
            })
        .stream(r);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double deviceSeconds =
        r.recording().tracks().get(0).timeMicros()[r.recording().tracks().get(0).size() - 5] / 1e6;
    assertThat(real).isNotNull();
    assertThat(seconds).isBetween(deviceSeconds / 4 - 0.05, deviceSeconds / 4 + 0.5);
  }
}
