package io.plantaris.eval;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import io.plantaris.sim.GroundTruth.RepTruth;

/** Manual probe: prints truth and detected reps of one simulated seed. */
final class CaseProbe {
  private CaseProbe() {}

  public static void main(String[] args) {
    EvalCase c = SimulatedCases.generate(Long.parseLong(args[0]));
    System.out.println(c.name());
    for (RepTruth t : c.truth().allReps()) {
      System.out.printf(
          "T %6d %6d %6d %6d %s %.1f %.1f %s%n",
          t.upStartMillis(),
          t.holdStartMillis(),
          t.downStartMillis(),
          t.downEndMillis(),
          t.side(),
          t.peakPitchDegrees(),
          t.peakHeightMm(),
          t.flags());
    }
    PersonAnalyzer.analyze(
        c.recording(),
        Evaluator.prescriptionOf(c.truth()),
        AnalysisConfig.defaults(),
        null,
        new AnalysisListener() {
          @Override
          public void onRep(RepEvent r) {
            System.out.printf(
                "A %6d %6d %6d %6d %s %.1f %.1f rf=%.2f %s%n",
                r.upStartMicros() / 1000,
                r.holdStartMicros() / 1000,
                r.downStartMicros() / 1000,
                r.downEndMicros() / 1000,
                r.side(),
                r.peakPitchDegrees(),
                r.peakHeightMm(),
                r.rangeFraction(),
                r.flags());
          }

          @Override
          public void onSet(SetSummary s) {
            System.out.println("SET " + s);
          }
        });
  }
}
