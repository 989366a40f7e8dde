package io.plantaris.analysis;

/** Where a foot rep's phase times were read from. */
enum PhaseTiming {
  /** At the 10 % marks of the rep's own pitch curve (docs/phases.md). */
  MARKS,
  /** Where the movement's rate crosses a share of its peak. */
  RATE,
  /**
   * Pressure alone with the heel on a flat floor: only the heel unloading (the rise's start) and
   * reloading (the lowering's end) are seen; the times between are a model, not a measurement.
   */
  HEEL_LOAD
}
