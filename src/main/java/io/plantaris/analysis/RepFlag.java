package io.plantaris.analysis;

/**
 * A reason a repetition does not count as a controlled heel raise at the prescribed tempo. The
 * simulator's ground truth and the analysis core's verdicts use the same names.
 *
 * <p>Not every flag can be seen by every set of insoles ({@link FlagObservability}): without
 * pressure cells WEIGHT_ON_OTHER_FOOT is invisible and TWO_LEGGED needs an IMU on both feet; with
 * pressure cells only on a flat floor PARTIAL_RANGE and HOLD_TOO_SHORT are invisible (the cells see
 * the heel leave and return, not how high it goes or when the top is reached). The analysis never
 * raises a flag its insoles cannot observe, and the evaluator reports such injected faults as "not
 * observable with this layout" instead of as misses.
 */
public enum RepFlag {
  /** Concentric (up) phase shorter than the prescription allows. */
  TOO_FAST_UP("too fast on the way up", "the pace up"),
  /** Eccentric (down) phase shorter than the prescription allows. */
  TOO_FAST_DOWN("too fast on the way down", "the pace down"),
  /** Isometric hold at the top shorter than the prescription allows (includes no hold). */
  HOLD_TOO_SHORT("hold at the top too short", "the hold at the top"),
  /** The heel did not rise far enough compared with the person's full range. */
  PARTIAL_RANGE("not a full rise", "the height"),
  /** Load came back under the heel during what should be the top hold. */
  HEEL_LOADED_AT_TOP("heel took weight during the hold", "the heel at the top"),
  /** The heel struck down hard at the end of the lowering phase. */
  HEEL_SLAM("heel slammed down", "the landing"),
  /** The rep started by bouncing off the heel instead of from a controlled bottom position. */
  BOUNCE("bounced off the heel", "the pause at the bottom"),
  /** A large share of body weight moved to the other foot during a single-leg rep. */
  WEIGHT_ON_OTHER_FOOT("weight shifted to the other foot", "the weight on the other foot"),
  /** Both legs lifted together while the prescription is single-leg. */
  TWO_LEGGED("done on both legs", "one leg or two");

  private final String plainWords;
  private final String checkWords;

  RepFlag(String plainWords, String checkWords) {
    this.plainWords = plainWords;
    this.checkWords = checkWords;
  }

  /** What this flag checks, as a patient should read it when it could not be checked. */
  public String checkWords() {
    return checkWords;
  }

  /** The reason as a patient should read it. */
  public String plainWords() {
    return plainWords;
  }
}
