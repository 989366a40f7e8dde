package io.plantaris.eval;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.Tempo;
import io.plantaris.sim.DomainVariation;
import io.plantaris.sim.GroundTruth.EventKind;
import io.plantaris.sim.MotionVariation;
import io.plantaris.sim.SensorNoise;
import io.plantaris.sim.SimulationConfigBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Varies one factor of the simulated person at a time over the same seeds and scores each (domain
 * randomisation, issue 11): how far agreement holds when the person sways more at the top, moves at
 * an even pace, is heavy or light, stands on a step or a towel.
 */
public final class RobustnessSweep {
  private RobustnessSweep() {}

  /** The factors, by name, each a change to the seed's own config. */
  public static Map<String, UnaryOperator<SimulationConfigBuilder>> factors() {
    Map<String, UnaryOperator<SimulationConfigBuilder>> f = new LinkedHashMap<>();
    f.put("baseline (min jerk, sway <= 0.6 deg)", b -> b);
    f.put(
        "top sway 3 deg 0.5-3 Hz + CoP wobble",
        b -> b.motion(new MotionVariation(0, 3.0, 0.5, 3.0)).domain(domain(1, 0, 0, 0, 0)));
    f.put("top sway 3 deg at 2.5-3 Hz", b -> b.motion(new MotionVariation(0, 3.0, 2.5, 3.0)));
    f.put("even pace, smooth ends", b -> b.motion(new MotionVariation(1, 0.6, 0.5, 0.8)));
    f.put(
        "gyro bias 3 deg/s, drift 1 deg/s/min",
        b -> b.noise(new SensorNoise(0.4, 1.5, 0.3, 3.0, 0.01)).domain(domain(0, 1, 0, 0, 0)));
    f.put("irregular tempo (-15..+45 %)", b -> b.domain(domain(0, 0, 0.45, 0, 0)));
    f.put(
        "asymmetric tempo (0.9 up, 1.4 down)",
        b -> {
          Tempo t = b.build().prescription().tempo();
          return b.actualTempo(
              new Tempo(
                  Math.round(t.upMillis() * 0.9),
                  t.holdMillis(),
                  Math.round(t.downMillis() * 1.4)));
        });
    f.put("slow partial rises (15 % of reps)", b -> b.domain(domain(0, 0, 0, 0.15, 0)));
    f.put("130 kg + 20 kg backpack", b -> b.bodyMassKg(130).addedLoadKg(20));
    f.put("45 kg", b -> b.bodyMassKg(45).addedLoadKg(0));
    f.put("forefoot on a step", b -> b.stepEdge(true));
    f.put("towel under the toes", b -> b.towelUnderToes(true));
    f.put("shoes on", b -> b.domain(DomainVariation.NONE.withShoes(true)));
    f.put("balance steps (2 per set)", b -> b.domain(domain(0, 0, 0, 0, 2)));
    f.put(
        "not a heel raise: 7 movements after the sets",
        b -> {
          for (EventKind k : OTHER) {
            b.otherActivity(k);
          }
          return b;
        });
    f.put(
        "all of it (wide)",
        b -> b.motion(MotionVariation.WIDE).domain(DomainVariation.WIDE).bodyMassKg(110));
    return f;
  }

  private static final EventKind[] OTHER = {
    EventKind.JUMP,
    EventKind.HOP,
    EventKind.DROP_LANDING,
    EventKind.STAIR_STEP,
    EventKind.SQUAT,
    EventKind.LUNGE,
    EventKind.WALK_U_TURN
  };

  private static DomainVariation domain(
      double wobble, double drift, double irregular, double slowPartial, double balanceSteps) {
    return new DomainVariation(wobble, drift, irregular, slowPartial, false, balanceSteps);
  }

  /** Scores every factor over seeds {@code from..to}; one report per factor, in order. */
  public static Map<String, EvalReport> run(AnalysisConfig config, long from, long to) {
    Map<String, EvalReport> out = new LinkedHashMap<>();
    factors()
        .forEach(
            (name, factor) -> {
              Evaluator e = new Evaluator(config);
              for (long s = from; s <= to; s++) {
                // every factor on the widened model (truth at the 10 % marks), so only it differs
                e.add(
                    SimulatedCases.generate(
                        s, " [" + name + "]", b -> factor.apply(b.motion(MotionVariation.NARROW))));
              }
              out.put(name, e.report());
            });
    return out;
  }

  /** One line of the sweep table: the factor and its agreement figures. */
  public static String line(String factor, EvalReport r) {
    BoundaryScore onset = r.boundaries().get(0);
    return String.format(
        java.util.Locale.ROOT,
        "%-44s exact %5.1f%%  missed %3d  spurious %3d  verdict %5.1f%% (uncertain %3d)"
            + "  boundary median %4.0f p90 %5.0f ms  onset bias %+5.0f ms  false reps/min %s",
        factor,
        100 * r.exactFraction(),
        r.missedReps(),
        r.spuriousReps(),
        100 * r.verdictAgreement(),
        r.uncertainReps(),
        r.medianPhaseErrorMillis(),
        r.p90PhaseErrorMillis(),
        onset.biasMillis(),
        r.otherActivityMillis() == 0
            ? "-"
            : String.format(java.util.Locale.ROOT, "%.2f", r.otherActivityRepsPerMinute()));
  }
}
