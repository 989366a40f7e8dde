package io.plantaris.analysis;

/** What a finished set says about the load relative to the prescribed repetition maximum. */
public enum RmSignal {
  /** Fewer valid reps (full range, proper form) than the target: the load is above the RM. */
  ENDED_EARLY,
  /**
   * Target reached with valid reps but the last reps lost height or tempo: the load is at the RM.
   */
  DEGRADED,
  /** Target reached with valid reps and without degradation: the load can go up. */
  COMPLETED_WITH_RESERVE
}
