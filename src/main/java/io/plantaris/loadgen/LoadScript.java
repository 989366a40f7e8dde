package io.plantaris.loadgen;

import io.plantaris.insole.Track;
import io.plantaris.protocol.DecodeException;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameDecoder;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.TimedBytes;
import io.plantaris.sim.VirtualInsole;
import io.plantaris.sim.WireRecordingWriter;
import java.util.List;

/**
 * What every virtual insole of a load run sends: one simulated session of heel-raise sets, long
 * enough for the run, encoded once. Insoles differ only in their descriptor (device id) and start
 * offset, so generating the load costs almost nothing next to the service under test.
 */
final class LoadScript {
  final List<TimedBytes> frames;
  final byte[] descriptorTemplate;
  final long durationMicros;

  private LoadScript(List<TimedBytes> frames) {
    this.frames = frames;
    this.descriptorTemplate = frames.get(0).bytes();
    this.durationMicros = frames.get(frames.size() - 1).timeMicros() - frames.get(0).timeMicros();
  }

  /** Enough sets of clean heel raises (20 s rests) to last {@code seconds}. */
  static LoadScript forSeconds(long seconds, long seed) {
    int sets = (int) Math.max(1, seconds / 110 + 1);
    SimulationResult r =
        VirtualInsole.simulate(
            Scenario.CLEAN_SET.builder(seed).sets(sets).restMillis(20_000).build());
    Track t = r.recording().tracks().get(0);
    return new LoadScript(WireRecordingWriter.frames(t, seed & 0xFFFF_FFFFL));
  }

  /** True when frame {@code i} of the script is a descriptor (sent again every 10 s). */
  boolean isDescriptor(int i) {
    return frames.get(i).descriptor();
  }

  /** Descriptor frame {@code wire} (same sequence and time) with {@code deviceId} in it. */
  static byte[] descriptorFor(byte[] wire, String deviceId) {
    try {
      Frame f = FrameDecoder.decodeEncoded(wire, 0, wire.length - 1);
      Descriptor mine = ((Descriptor) f.message()).withDeviceId(deviceId);
      return FrameEncoder.encodeWire(Frame.of(f.sequence(), f.deviceTimeMicros(), mine));
    } catch (DecodeException e) {
      throw new IllegalStateException("the simulator wrote an unreadable descriptor", e);
    }
  }
}
