package io.plantaris.analysis;

import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import java.util.ArrayList;
import java.util.List;

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

  public static Collect run(Recording r) {
    return run(r, Prescription.rathleff());
  }

  public static Collect run(Recording r, Side only) {
    Collect c = new Collect();
    PersonAnalyzer.analyze(r, Prescription.rathleff(), AnalysisConfig.defaults(), only, c);
    return c;
  }
}
