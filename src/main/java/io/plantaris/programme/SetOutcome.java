package io.plantaris.programme;

import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.RmSignal;
import io.plantaris.analysis.SetSummary;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the progression engine needs from one finished set.
 *
 * @param reps reps performed, valid or not
 * @param validReps reps without any fault
 * @param tempoAdherence fraction of phases within the tempo tolerance, 0..1; NaN when the insoles
 *     could not time the phases
 * @param heelLoadingFlags reps flagged for heel loading (heel loaded at the top, slam or bounce)
 * @param rmSignal what the set says about the load relative to the RM
 */
public record SetOutcome(
    int setIndex,
    int reps,
    int validReps,
    double tempoAdherence,
    int heelLoadingFlags,
    RmSignal rmSignal) {

  /** The faults that mean load came back under the heel when it should not. */
  public static final Set<RepFlag> HEEL_LOADING =
      EnumSet.of(RepFlag.HEEL_LOADED_AT_TOP, RepFlag.HEEL_SLAM, RepFlag.BOUNCE);

  public SetOutcome {
    if (setIndex < 1) {
      throw new IllegalArgumentException("setIndex must be >= 1, was " + setIndex);
    }
    if (reps < 0 || validReps < 0 || validReps > reps) {
      throw new IllegalArgumentException(
          "set " + setIndex + ": valid reps " + validReps + " must be in 0.." + reps);
    }
    if (heelLoadingFlags < 0 || heelLoadingFlags > reps) {
      throw new IllegalArgumentException(
          "set "
              + setIndex
              + ": heel-loading flags "
              + heelLoadingFlags
              + " must be in 0.."
              + reps);
    }
    if (!(Double.isNaN(tempoAdherence) || (tempoAdherence >= 0 && tempoAdherence <= 1))) {
      throw new IllegalArgumentException(
          "set " + setIndex + ": tempoAdherence must be in 0..1 (or NaN), was " + tempoAdherence);
    }
    Check.notNull("rmSignal", rmSignal);
  }

  /** From the analysis core's set summary and the reps of that set. */
  public static SetOutcome from(SetSummary set, Collection<RepEvent> reps) {
    int heel = 0;
    for (RepEvent r : reps) {
      if (r.setIndex() == set.setIndex() && r.flags().stream().anyMatch(HEEL_LOADING::contains)) {
        heel++;
      }
    }
    return new SetOutcome(
        set.setIndex(),
        set.repCount(),
        set.validReps(),
        set.tempoAdherence(),
        Math.min(heel, set.repCount() - set.validReps()),
        set.rmSignal());
  }
}
