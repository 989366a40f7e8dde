package io.plantaris.eval;

import io.plantaris.sim.CellDropout;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.PacketLoss;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationConfigBuilder;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Fresh simulated recordings for evaluation: each seed picks a scenario and a layout in turn, and
 * some seeds add a dead cell or lost packets, so a range of seeds covers every combination.
 */
public final class SimulatedCases {
  private SimulatedCases() {}

  public static EvalCase generate(long seed) {
    return generate(seed, "", b -> b);
  }

  /**
   * A case whose config is changed by {@code factor} after the seed's own choices: the robustness
   * sweep varies one factor at a time over the same seeds.
   */
  public static EvalCase generate(
      long seed, String factorName, UnaryOperator<SimulationConfigBuilder> factor) {
    Scenario[] scenarios = Scenario.values();
    // the layouts these seeds were first drawn over: later layouts are in WideCases
    LayoutKind[] layouts = {LayoutKind.MOTICON16_IMU, LayoutKind.FORCE8, LayoutKind.IMU_ONLY};
    Scenario scenario = scenarios[(int) Math.floorMod(seed, scenarios.length)];
    LayoutKind layout =
        switch (scenario) {
          case FORCE8_FLAT -> LayoutKind.FORCE8;
          case IMU_ONLY -> LayoutKind.IMU_ONLY;
          default -> layouts[(int) Math.floorMod(seed / scenarios.length, layouts.length)];
        };
    SimulationConfigBuilder b = scenario.builder(seed).layout(layout);
    SplittableRandom rnd = new SplittableRandom(seed * 7919);
    String extras = "";
    if (layout != LayoutKind.IMU_ONLY && rnd.nextInt(4) == 0) {
      int cell = 1 + rnd.nextInt(layout == LayoutKind.FORCE8 ? 8 : 16);
      long at = 6000 + rnd.nextInt(40_000);
      b.cellDropout(new CellDropout(b.build().workingSide(), cell, at));
      extras += " dead-cell-" + cell;
    }
    if (rnd.nextInt(4) == 0) {
      long at = 8000 + rnd.nextInt(40_000);
      b.packetLoss(new PacketLoss(at, at + 50 + rnd.nextInt(250)));
      extras += " packet-loss";
    }
    SimulationResult r = VirtualInsole.simulate(factor.apply(b).build());
    return new EvalCase(
        "seed " + seed + " " + scenario.id() + " " + layout.id() + extras + factorName,
        r.recording(),
        r.truth());
  }

  public static List<EvalCase> generate(long fromSeed, long toSeedInclusive) {
    List<EvalCase> cases = new ArrayList<>();
    for (long s = fromSeed; s <= toSeedInclusive; s++) {
      cases.add(generate(s));
    }
    return cases;
  }
}
