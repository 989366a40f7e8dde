package io.plantaris.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import io.plantaris.protocol.WireTrackReader;
import org.junit.jupiter.api.Test;

class WireRecordingWriterTest {

  @Test
  void decodedWireEqualsSimulatedTrackWithinQuantisation() {
    SimulationConfig c =
        Scenario.CLEAN_SET
            .builder(11)
            .targetReps(2)
            .cellDropout(new CellDropout(Side.LEFT, 3, 9000))
            .build();
    Track sim = VirtualInsole.simulate(c).recording().tracks().get(0);
    WireTrackReader.Result r = WireTrackReader.read(WireRecordingWriter.bytes(sim, 1234));
    Track wire = r.track();
    assertThat(r.decode().toString()).doesNotContain("BAD");
    assertThat(wire.size()).isEqualTo(sim.size());
    assertThat(wire.layout().cells()).hasSameSizeAs(sim.layout().cells());
    for (int k = 0; k < sim.size(); k++) {
      assertThat(wire.timeMicros()[k]).isEqualTo(sim.timeMicros()[k]);
      for (int i = 0; i < 16; i++) {
        float s = sim.cellNewtons()[k][i];
        if (Float.isNaN(s)) {
          assertThat(wire.cellNewtons()[k][i]).isNaN();
        } else {
          assertThat((double) wire.cellNewtons()[k][i]).isCloseTo(s, within(0.051));
        }
      }
      assertThat((double) wire.gyroDps()[k][1]).isCloseTo(sim.gyroDps()[k][1], within(0.02));
      assertThat((double) wire.accelG()[k][2]).isCloseTo(sim.accelG()[k][2], within(0.0002));
    }
    assertThat(Float.isNaN(sim.cellNewtons()[sim.size() - 1][2])).isTrue();
  }

  @Test
  void lostPacketsLeaveASequenceGapOfWholeFrames() {
    SimulationConfig c =
        Scenario.QUIET_STAND.builder(2).packetLoss(new PacketLoss(4003, 4497)).build();
    SimulationResult result = VirtualInsole.simulate(c);
    Track sim = result.recording().tracks().get(0);
    WireTrackReader.Result r = WireTrackReader.read(WireRecordingWriter.bytes(sim, 99));
    // 4000..4500 ms at 100 Hz = 50 samples = 10 frames of 5
    assertThat(r.link().lostFrames()).isEqualTo(10);
    assertThat(r.link().gaps()).isEqualTo(1);
    assertThat(r.track().size()).isEqualTo(sim.size());
    assertThat(result.truth().events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.startMillis()).isEqualTo(4000);
              assertThat(e.endMillis()).isEqualTo(4500);
            });
  }

  @Test
  void sameSeedGivesIdenticalWireBytes() {
    SimulationConfig c = Scenario.TWO_INSOLES.builder(5).targetReps(2).build();
    Track a = VirtualInsole.simulate(c).recording().tracks().get(1);
    Track b = VirtualInsole.simulate(c).recording().tracks().get(1);
    assertThat(WireRecordingWriter.bytes(a, SimulationFiles.bootId(c, a)))
        .isEqualTo(WireRecordingWriter.bytes(b, SimulationFiles.bootId(c, b)));
  }
}
