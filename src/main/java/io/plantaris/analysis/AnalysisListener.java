package io.plantaris.analysis;

/** Receives the analysis results as they complete; called on the thread that feeds samples. */
public interface AnalysisListener {
  /** A repetition finished (back at the bottom). */
  void onRep(RepEvent rep);

  /** A set finished (a rest long enough, or the end of input). */
  void onSet(SetSummary set);

  /**
   * An insole stood for a while where it cannot see a heel raise (see {@link BlindStance});
   * reported when that ends.
   */
  default void onBlindStance(BlindStance stance) {}
}
