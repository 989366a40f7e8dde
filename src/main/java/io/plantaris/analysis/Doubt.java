package io.plantaris.analysis;

/**
 * Why the analysis cannot decide whether a flag applies to a rep. A rep with a doubt and no decided
 * flag is <em>uncertain</em>: it counts (the patient is not asked to repeat a rep because of what
 * the insole cannot see), and the reason is shown and stored beside it instead of a confident
 * verdict that may be wrong (docs/phases.md, "Uncertain verdicts").
 */
public enum Doubt {
  /**
   * These insoles cannot see it: pressure cells alone on a flat floor see the heel leave and come
   * back, not when the top is reached or left, nor how high the heel went.
   */
  NOT_OBSERVABLE("this insole cannot see it on a flat floor"),
  /** The measured time or range lies within the measurement's own error of the limit. */
  NEAR_LIMIT("too close to the limit to tell"),
  /**
   * The rep's curve was not seen whole (it began before the kept record, or the foot had not come
   * back down when the rep had to be judged), so its phases are timed by the movement's rate.
   */
  CURVE_INCOMPLETE("the whole rep was not seen"),
  /**
   * Pressure alone, heel over a step edge: the centre of pressure moved too little during the rep
   * (a few millimetres from the ball of the foot towards the toes) for its phases to be timed.
   */
  SMALL_MOVEMENT("the insole saw too little movement to time it"),
  /**
   * The rest before the rep cannot be read: its movement began before the previous one had ended by
   * the rate, so whether it bounced off the bottom is not known.
   */
  REST_UNREADABLE("the pause before it could not be measured"),
  /** One insole with cells, and the person's standing load is not known yet. */
  STANDING_LOAD_UNKNOWN("your standing weight is not learnt yet"),
  /**
   * One insole, and the other foot carried weight from before the rise: whether it also rose (a rep
   * on two legs) or only took weight (leant on) is not seen; that it carried weight is.
   */
  OTHER_FOOT_UNSEEN("no insole under the other foot shows whether it rose too"),
  /**
   * No rep of this foot has risen as high as a heel raise typically does, so its full height, the
   * measure of a partial rise, is not known yet.
   */
  NO_FULL_REP_YET("no rep has risen high enough yet to compare its height with"),
  /**
   * Samples were lost during the rep (a short radio dropout, bridged): it counts, but its phases
   * cannot be timed to the tenth of a second the tempo verdicts need.
   */
  DATA_GAP("some of the insole's readings were lost during it");

  private final String plainWords;

  Doubt(String plainWords) {
    this.plainWords = plainWords;
  }

  /** The reason as a patient should read it. */
  public String plainWords() {
    return plainWords;
  }
}
