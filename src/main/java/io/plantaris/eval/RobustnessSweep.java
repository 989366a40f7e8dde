package io.plantaris.eval;

import io.plantaris.analysis.AnalysisConfig;
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
    f.put("baseline", b -> b);
    f.put("130 kg + 20 kg backpack", b -> b.bodyMassKg(130).addedLoadKg(20));
    f.put("45 kg", b -> b.bodyMassKg(45).addedLoadKg(0));
    f.put("forefoot on a step", b -> b.stepEdge(true));
    f.put("towel under the toes", b -> b.towelUnderToes(true));
    return f;
  }

  /** Scores every factor over seeds {@code from..to}; one report per factor, in order. */
  public static Map<String, EvalReport> run(AnalysisConfig config, long from, long to) {
    Map<String, EvalReport> out = new LinkedHashMap<>();
    factors()
        .forEach(
            (name, factor) -> {
              Evaluator e = new Evaluator(config);
              for (long s = from; s <= to; s++) {
                e.add(SimulatedCases.generate(s, " [" + name + "]", factor));
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
            + "  boundary median %4.0f p90 %5.0f ms  onset bias %+5.0f ms",
        factor,
        100 * r.exactFraction(),
        r.missedReps(),
        r.spuriousReps(),
        100 * r.verdictAgreement(),
        r.uncertainReps(),
        r.medianPhaseErrorMillis(),
        r.p90PhaseErrorMillis(),
        onset.biasMillis());
  }
}
