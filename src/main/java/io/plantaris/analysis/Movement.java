package io.plantaris.analysis;

/**
 * Where one foot is in a heel raise as the rep detector sees it now, for a live tempo guide. The
 * detector smooths the signal, so a change shows a fraction of a second after the movement.
 */
public enum Movement {
  /** Standing, heel down, between reps. */
  BOTTOM,
  /** The heel has risen: going up or holding at the top. */
  RAISED,
  /** Coming back down. */
  LOWERING
}
