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
  TOO_FAST_UP("too fast on the way up"),
  /** Eccentric (down) phase shorter than the prescription allows. */
  TOO_FAST_DOWN("too fast on the way down"),
  /** Isometric hold at the top shorter than the prescription allows (includes no hold). */
  HOLD_TOO_SHORT("hold at the top too short"),
  /** The heel did not rise far enough compared with the person's full range. */
  PARTIAL_RANGE("not a full rise"),
  /** Load came back under the heel during what should be the top hold. */
  HEEL_LOADED_AT_TOP("heel took weight during the hold"),
  /** The heel struck down hard at the end of the lowering phase. */
  HEEL_SLAM("heel slammed down"),
  /** The rep started by bouncing off the heel instead of from a controlled bottom position. */
  BOUNCE("bounced off the heel"),
  /** A large share of body weight moved to the other foot during a single-leg rep. */
  WEIGHT_ON_OTHER_FOOT("weight shifted to the other foot"),
  /** Both legs lifted together while the prescription is single-leg. */
  TWO_LEGGED("done on both legs");

  private final String plainWords;

  RepFlag(String plainWords) {
    this.plainWords = plainWords;
  }

  /** The reason as a patient should read it. */
  public String plainWords() {
    return plainWords;
  }
}
