package io.plantaris.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Timing error of one phase boundary over the matched reps.
 *
 * @param boundary which boundary, in plain words
 * @param scored reps whose boundary was scored
 * @param medianAbsMillis median absolute error
 * @param p90AbsMillis 90th percentile of the absolute error
 * @param biasMillis mean signed error, analysis minus truth (negative: the analysis is early)
 * @param notObservable reps whose insoles cannot see this boundary (not scored)
 * @param untimed reps whose phases the analysis said it could not time (a doubt that the insole saw
 *     too little movement: pressure alone over a step edge); scored apart, as uncertain verdicts
 *     are
 */
public record BoundaryScore(
    String boundary,
    int scored,
    double medianAbsMillis,
    double p90AbsMillis,
    double biasMillis,
    int notObservable,
    int untimed) {

  /** The four boundaries of a rep, in order. */
  public static final List<String> NAMES =
      List.of("rise onset", "hold start", "lowering start", "lowering end");

  /** Summarises signed errors (analysis minus truth, ms). */
  static BoundaryScore of(
      String boundary, List<Long> signedErrors, int notObservable, int untimed) {
    List<Long> abs = new ArrayList<>();
    long sum = 0;
    for (long e : signedErrors) {
      abs.add(Math.abs(e));
      sum += e;
    }
    abs.sort(null);
    int n = abs.size();
    return new BoundaryScore(
        boundary,
        n,
        percentile(abs, 0.5),
        percentile(abs, 0.9),
        n == 0 ? Double.NaN : (double) sum / n,
        notObservable,
        untimed);
  }

  /** Nearest-rank percentile of sorted values; NaN for none. */
  static double percentile(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
