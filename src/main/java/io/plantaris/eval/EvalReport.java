package io.plantaris.eval;

import io.plantaris.analysis.RepFlag;
import java.util.List;
import java.util.Map;

/**
 * Scores of the analysis against ground truth.
 *
 * @param medianPhaseErrorMillis median absolute error of the four phase boundaries of matched reps
 * @param p90PhaseErrorMillis 90th percentile of the same
 */
public record EvalReport(
    int sets,
    int exactSets,
    int withinOneSets,
    int spuriousReps,
    double medianPhaseErrorMillis,
    double p90PhaseErrorMillis,
    Map<RepFlag, FlagScore> flags,
    List<String> countMisses) {

  /**
   * True and false positives and false negatives of one flag, over the reps whose insoles can
   * observe it.
   *
   * @param notObservable reps that had this flag but whose insoles cannot observe it (not scored)
   */
  public record FlagScore(
      int truePositives,
      int falsePositives,
      int falseNegatives,
      int notObservable,
      List<String> misses) {
    public double precision() {
      int d = truePositives + falsePositives;
      return d == 0 ? 1 : (double) truePositives / d;
    }

    public double recall() {
      int d = truePositives + falseNegatives;
      return d == 0 ? 1 : (double) truePositives / d;
    }
  }

  public double exactFraction() {
    return sets == 0 ? 1 : (double) exactSets / sets;
  }

  public double withinOneFraction() {
    return sets == 0 ? 1 : (double) withinOneSets / sets;
  }

  /** Multi-line plain-text summary. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "sets %d, exact count %.1f%%, within +-1 %.1f%%, spurious reps %d%n",
            sets, 100 * exactFraction(), 100 * withinOneFraction(), spuriousReps));
    sb.append(
        String.format(
            "phase boundary abs error: median %.0f ms, p90 %.0f ms%n",
            medianPhaseErrorMillis, p90PhaseErrorMillis));
    flags.forEach(
        (f, s) ->
            sb.append(
                String.format(
                    "%-21s precision %.3f recall %.3f (tp %d fp %d fn %d)%s%n",
                    f,
                    s.precision(),
                    s.recall(),
                    s.truePositives(),
                    s.falsePositives(),
                    s.falseNegatives(),
                    s.notObservable() == 0
                        ? ""
                        : ", not observable with this layout: "
                            + s.notObservable()
                            + " (not scored)")));
    return sb.toString();
  }
}
