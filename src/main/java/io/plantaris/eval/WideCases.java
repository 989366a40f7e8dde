package io.plantaris.eval;

import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.Tempo;
import io.plantaris.insole.Side;
import io.plantaris.sim.CellDropout;
import io.plantaris.sim.DomainVariation;
import io.plantaris.sim.FaultPlan;
import io.plantaris.sim.GroundTruth.EventKind;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.MotionVariation;
import io.plantaris.sim.PacketLoss;
import io.plantaris.sim.SensorNoise;
import io.plantaris.sim.SimLayouts;
import io.plantaris.sim.SimulationConfig;
import io.plantaris.sim.SimulationConfigBuilder;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated cases under wide domain randomisation (issue 11): every seed draws its own person,
 * surface, shoes, tempo, movement style and sensor faults from ranges far beyond the simulator's
 * habits, over all five layouts; about one seed in seven is a session of movements that are no heel
 * raise (ground truth 0 reps). The truth's phase boundaries are the 10 % marks of each rep's pitch
 * curve. Seeds from 20000 on were never used to tune anything.
 */
public final class WideCases {
  /** The first seed of the held-out range the baseline is measured on. */
  public static final long FIRST_SEED = 20_000;

  private static final EventKind[] OTHER = {
    EventKind.JUMP,
    EventKind.HOP,
    EventKind.DROP_LANDING,
    EventKind.STAIR_STEP,
    EventKind.SQUAT,
    EventKind.LUNGE,
    EventKind.WALK_U_TURN
  };

  private WideCases() {}

  public static EvalCase generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 20_011);
    LayoutKind[] layouts = LayoutKind.values();
    LayoutKind layout = layouts[(int) Math.floorMod(seed, layouts.length)];
    boolean activities = Math.floorMod(seed / layouts.length, 7) == 3;
    SimulationConfigBuilder b = person(SimulationConfig.builder().seed(seed), r).layout(layout);
    String name = "wide seed " + seed + " " + layout.id();
    if (activities) {
      b.scenario("activities").sets(0).calibrationMillis(5000);
      List<EventKind> kinds = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        kinds.addAll(List.of(OTHER));
      }
      for (int i = kinds.size() - 1; i > 0; i--) {
        kinds.add(i, kinds.remove(r.nextInt(i + 1)));
      }
      kinds.forEach(b::otherActivity);
      name += " not-a-heel-raise";
    } else {
      name += session(b, r, layout);
    }
    SimulationConfig config = b.build();
    name += config.stepEdge() ? " step" : config.towelUnderToes() ? " towel" : " floor";
    SimulationResult result = VirtualInsole.simulate(config);
    return new EvalCase(name, result.recording(), result.truth());
  }

  public static List<EvalCase> generate(long fromSeed, long toSeedInclusive) {
    List<EvalCase> cases = new ArrayList<>();
    for (long s = fromSeed; s <= toSeedInclusive; s++) {
      cases.add(generate(s));
    }
    return cases;
  }

  /** Who the person is and what they stand on, wear and carry. */
  private static SimulationConfigBuilder person(SimulationConfigBuilder b, SplittableRandom r) {
    boolean step = r.nextInt(3) == 0;
    boolean shoes = r.nextBoolean();
    double gyroBias = r.nextDouble(0.3, 3.0);
    return b.bodyMassKg(r.nextDouble(45, 130))
        .addedLoadKg(r.nextBoolean() ? r.nextDouble(2, 20) : 0)
        .stepEdge(step)
        .stepEdgeDropDegrees(r.nextDouble(6, 15))
        .towelUnderToes(r.nextInt(3) == 0)
        .handSupportFraction(r.nextDouble(0, 0.1))
        .fullPitchDegrees(r.nextDouble(25, 45))
        .workingSide(r.nextBoolean() ? Side.LEFT : Side.RIGHT)
        .twoInsoles(r.nextInt(5) < 2)
        .motion(MotionVariation.WIDE)
        .noise(new SensorNoise(0.4, 1.5, r.nextDouble(0.2, 0.8), gyroBias, 0.01))
        .domain(
            new DomainVariation(
                r.nextDouble(0.3, 1),
                r.nextDouble(0, 1.0),
                r.nextDouble(0, 0.45),
                0.06,
                shoes,
                r.nextDouble(0, 2)));
  }

  /** The heel-raise session: prescription, own tempo, faults, sets, sensor faults. */
  private static String session(SimulationConfigBuilder b, SplittableRandom r, LayoutKind layout) {
    Prescription p =
        r.nextInt(4) == 0
            ? Prescription.rathleff().withTempo(5000, 3000, 5000, 10)
            : Prescription.rathleff().withTempo(3000, 2000, 3000, 8 + r.nextInt(5));
    b.prescription(p.withSingleLeg(r.nextInt(6) != 0));
    Tempo t = p.tempo();
    // asymmetric: the person's own tempo, each phase 0.9-1.4 of the prescription
    b.actualTempo(
        new Tempo(
            Math.round(t.upMillis() * r.nextDouble(0.9, 1.35)),
            Math.round(t.holdMillis() * r.nextDouble(0.9, 1.3)),
            Math.round(t.downMillis() * r.nextDouble(0.9, 1.4))));
    FaultPlan faults = FaultPlan.NONE;
    for (RepFlag f : RepFlag.values()) {
      faults = faults.withProbability(f, r.nextDouble(0, 0.06));
    }
    b.faults(faults);
    int sets = 1 + r.nextInt(2);
    b.sets(sets).restMillis(20_000 + r.nextInt(15_000)).fatigue(r.nextInt(6) == 0);
    String extras = "";
    if (sets > 1 && r.nextInt(3) == 0) {
      b.walkingBetweenSets(true).walkingMillis(8_000 + r.nextInt(6_000));
      extras += " walking";
    }
    if (layout != LayoutKind.IMU_ONLY && r.nextInt(5) == 0) {
      int cells = SimLayouts.layout(layout, Side.LEFT, "cells", 100).cellCount();
      int cell = 1 + r.nextInt(cells);
      b.cellDropout(new CellDropout(b.build().workingSide(), cell, 6000 + r.nextInt(30_000)));
      extras += " dead-cell-" + cell;
    }
    if (r.nextInt(5) == 0) {
      long at = 8000 + r.nextInt(30_000);
      b.packetLoss(new PacketLoss(at, at + 50 + r.nextInt(250)));
      extras += " packet-loss";
    }
    return extras;
  }
}
