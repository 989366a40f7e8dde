package io.plantaris.analysis;

/** Which leg did a rep: one foot, or both together (a two-legged rep counts once). */
public enum RepSide {
  LEFT,
  RIGHT,
  BOTH
}
