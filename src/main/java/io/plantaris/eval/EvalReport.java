package io.plantaris.eval;

import io.plantaris.analysis.RepFlag;
import java.util.List;
import java.util.Map;

/**
 * Scores of the analysis against ground truth.
 *
 * @param sets sets scored for their count
 * @param blindSets sets not scored: an insole said it could not see a heel raise for most of the
 *     set (pressure alone, heel over a step edge, see {@link io.plantaris.analysis.BlindStance});
 *     counted apart, as uncertain verdicts are
 * @param blindReps the reps of those sets, in none of the rep scores
 * @param truthReps reps the person really did, outside the sets not scored
 * @param missedReps of those, reps the analysis found no rep for
 * @param spuriousReps reps the analysis found where the person did none
 * @param medianPhaseErrorMillis median absolute error of all scored phase boundaries
 * @param p90PhaseErrorMillis 90th percentile of the same
 * @param boundaries per boundary (rise onset, hold start, lowering start, lowering end): error
 *     median, p90 and bias
 * @param decidedReps matched reps whose verdict was valid or invalid
 * @param agreeingReps of those, the reps whose verdict agrees with the truth (valid when the truth
 *     has no flag these insoles can observe)
 * @param uncertainReps matched reps whose verdict was uncertain (counted apart, not as agreement)
 * @param otherActivityMillis time of movement that is no heel raise (walks, jumps, squats ...)
 * @param otherActivityReps reps the analysis counted during that movement
 * @param otherActivityByKind the same per kind of movement (LUNGE, WALKING, ...)
 */
public record EvalReport(
    int sets,
    int blindSets,
    int blindReps,
    int exactSets,
    int withinOneSets,
    int truthReps,
    int missedReps,
    int spuriousReps,
    double medianPhaseErrorMillis,
    double p90PhaseErrorMillis,
    List<BoundaryScore> boundaries,
    int decidedReps,
    int agreeingReps,
    int uncertainReps,
    long otherActivityMillis,
    int otherActivityReps,
    Map<String, OtherActivity> otherActivityByKind,
    Map<RepFlag, FlagScore> flags,
    List<String> countMisses) {

  public EvalReport {
    boundaries = List.copyOf(boundaries);
    otherActivityByKind = Map.copyOf(otherActivityByKind);
    flags = Map.copyOf(flags);
    countMisses = List.copyOf(countMisses);
  }

  /** Time of one kind of movement that is no heel raise, and the reps counted during it. */
  public record OtherActivity(long millis, int falseReps) {}

  /**
   * True and false positives and false negatives of one flag, over the reps whose insoles can
   * observe it.
   *
   * @param notObservable reps that had this flag but whose insoles cannot observe it (not scored)
   * @param uncertain matched reps on which the analysis could not decide this flag (not scored)
   */
  public record FlagScore(
      int truePositives,
      int falsePositives,
      int falseNegatives,
      int notObservable,
      int uncertain,
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

  /** Share of decided verdicts that agree with the truth; uncertain ones are not in it. */
  public double verdictAgreement() {
    return decidedReps == 0 ? 1 : (double) agreeingReps / decidedReps;
  }

  /** False reps per minute of movement that is no heel raise; NaN when there was none. */
  public double otherActivityRepsPerMinute() {
    return otherActivityMillis == 0
        ? Double.NaN
        : otherActivityReps * 60_000.0 / otherActivityMillis;
  }

  /** Multi-line plain-text summary, one section a line group. */
  public String format() {
    return EvalReportText.format(this);
  }
}
