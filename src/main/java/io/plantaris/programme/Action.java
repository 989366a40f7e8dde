package io.plantaris.programme;

/** The one step the progression engine proposes after a session or a next-morning report. */
public enum Action {
  /** Same load, same phase: consolidate. */
  KEEP,
  /** Add load (books in the backpack). */
  INCREASE_LOAD,
  /** Take load off. */
  REDUCE_LOAD,
  /** Move to the next phase of the programme (fewer reps per set, more sets). */
  NEXT_PHASE,
  /** Single-leg is not yet possible: "up on two, down on one". */
  BACK_TO_TWO_LEGGED,
  /** Two-legged raises are done with reserve: try single-leg again. */
  TO_SINGLE_LEG,
  /** Pain is unacceptable: no session until it settles. */
  REST
}
