package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
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

  /** The counted rep that rose within 1 s of truth rep {@code t}'s rise; fails if there is none. */
  public RepEvent repAt(RepTruth t) {
    return reps.stream()
        .filter(e -> Math.abs(e.upStartMicros() / 1000 - t.upStartMillis()) < 1000)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rep counted at " + t.upStartMillis() + " ms"));
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

  /**
   * Asserts that the wide seed's reps all lie on truth reps, that {@code expected} truth reps carry
   * {@code flag}, and that each counted rep carries it exactly where its truth rep does.
   */
  public static void flagsAsTruth(long wideSeed, String layout, RepFlag flag, int expected) {
    EvalCase c = WideCases.generate(wideSeed);
    assertThat(c.name()).contains(layout);
    Map<RepEvent, RepTruth> m = run(c).matchedTo(c.truth().allReps());
    assertThat(m.values()).as("counted reps on no truth rep").doesNotContainNull();
    assertThat(c.truth().allReps().stream().filter(t -> t.flags().contains(flag)).count())
        .isEqualTo(expected);
    m.forEach(
        (r, t) ->
            assertThat(r.flags().contains(flag))
                .as("rep %d, truth %s, flags %s", t.index(), t.flags(), r.flags())
                .isEqualTo(t.flags().contains(flag)));
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
