package io.plantaris.analysis;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import io.plantaris.sim.GroundTruth.RepTruth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test listener that keeps every event; the offline analysis of a recording for any test. */
public final class Collect implements AnalysisListener {
  public final List<RepEvent> reps = new ArrayList<>();
  public final List<SetSummary> sets = new ArrayList<>();
  public final List<BlindStance> blind = new ArrayList<>();

  @Override
  public void onRep(RepEvent rep) {
    reps.add(rep);
  }

  @Override
  public void onSet(SetSummary set) {
    sets.add(set);
  }

  @Override
  public void onBlindStance(BlindStance stance) {
    blind.add(stance);
  }

  public static Collect run(Recording r, Prescription rx) {
    Collect c = new Collect();
    PersonAnalyzer.analyze(r, rx, AnalysisConfig.defaults(), null, c);
    return c;
  }

  /** A simulated case analysed under its own prescription. */
  public static Collect run(EvalCase c) {
    return run(c.recording(), Evaluator.prescriptionOf(c.truth()));
  }

  /** Each counted rep against the truth rep it overlaps most; null: none (a spurious rep). */
  public Map<RepEvent, RepTruth> matchedTo(List<RepTruth> truth) {
    Map<RepEvent, RepTruth> m = new HashMap<>();
    for (RepEvent r : reps) {
      RepTruth best = null;
      long most = 0;
      for (RepTruth t : truth) {
        long overlap =
            Math.min(t.downEndMillis(), r.downEndMicros() / 1000)
                - Math.max(t.upStartMillis(), r.upStartMicros() / 1000);
        if (overlap > most) {
          most = overlap;
          best = t;
        }
      }
      m.put(r, best);
    }
    return m;
  }

  public static Collect run(Recording r) {
    return run(r, Prescription.rathleff());
  }

  public static Collect run(Recording r, Side only) {
    Collect c = new Collect();
    PersonAnalyzer.analyze(r, Prescription.rathleff(), AnalysisConfig.defaults(), only, c);
    return c;
  }
}
