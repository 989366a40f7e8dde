package io.plantaris.programme;

/** What prompted a decision: the session itself, or the next-morning pain report after it. */
public enum Trigger {
  AFTER_SESSION,
  AFTER_NEXT_MORNING
}
