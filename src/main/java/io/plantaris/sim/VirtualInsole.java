package io.plantaris.sim;

import io.plantaris.insole.Recording;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.util.ArrayList;
import java.util.List;

/** The virtual insole: turns a {@link SimulationConfig} into a recording and its ground truth. */
public final class VirtualInsole {
  /**
   * Lost packets remove whole frames: intervals snap outward to this many samples, the batch the
   * wire writer puts in one SAMPLES frame.
   */
  public static final int SAMPLES_PER_FRAME = 5;

  private VirtualInsole() {}

  /** Simulates a whole session; the same config always gives the same result. */
  public static SimulationResult simulate(SimulationConfig config) {
    SessionPlan plan = new SessionPlanner(config).plan();
    Timeline timeline = new Timeline(plan, new FootModel(config));
    List<SensorLayout> layouts = layouts(config);
    double rate = config.sampleRateHz();
    int total = (int) Math.floor(plan.endMillis() * rate / 1000.0);
    boolean[] lost = new boolean[total];
    List<long[]> losses = new ArrayList<>();
    for (PacketLoss loss : config.packetLosses()) {
      int from = snapDown(loss.startMillis() * rate / 1000.0);
      int to = Math.min(total, snapUp(loss.endMillis() * rate / 1000.0));
      for (int k = from; k < to; k++) {
        lost[k] = true;
      }
      losses.add(new long[] {micros(from, rate) / 1000, micros(to, rate) / 1000});
    }
    long[] times = new long[total];
    int n = 0;
    for (int k = 0; k < total; k++) {
      if (!lost[k]) {
        times[n++] = micros(k, rate);
      }
    }
    long[] kept = java.util.Arrays.copyOf(times, n);
    List<Track> tracks = new ArrayList<>();
    for (SensorLayout layout : layouts) {
      tracks.add(new TrackSynth(config, timeline, layout).render(kept));
    }
    GroundTruth truth = GroundTruthBuilder.build(config, plan, layouts, losses);
    return new SimulationResult(config, new Recording(tracks), truth);
  }

  /** Time of sample {@code k} on the device clock, microseconds. */
  public static long micros(long k, double sampleRateHz) {
    return Math.round(k * 1_000_000.0 / sampleRateHz);
  }

  private static List<SensorLayout> layouts(SimulationConfig c) {
    List<Side> sides = c.twoInsoles() ? List.of(Side.LEFT, Side.RIGHT) : List.of(c.workingSide());
    return sides.stream()
        .map(s -> SimLayouts.layout(c.layout(), s, SimLayouts.deviceId(s), c.sampleRateHz()))
        .toList();
  }

  private static int snapDown(double sample) {
    return (int) Math.floor(sample / SAMPLES_PER_FRAME) * SAMPLES_PER_FRAME;
  }

  private static int snapUp(double sample) {
    return (int) Math.ceil(sample / SAMPLES_PER_FRAME) * SAMPLES_PER_FRAME;
  }
}
