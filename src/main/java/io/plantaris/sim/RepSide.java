package io.plantaris.sim;

/** Which legs did a rep: one foot, or both together (a two-legged rep). */
public enum RepSide {
  LEFT,
  RIGHT,
  BOTH
}
