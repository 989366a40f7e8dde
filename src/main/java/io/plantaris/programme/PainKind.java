package io.plantaris.programme;

/** When a pain score was taken, relative to a session (Silbernagel 2007 pain-monitoring model). */
public enum PainKind {
  /** Before the session starts: the day's baseline. */
  BEFORE,
  /** During the session or right after it. */
  DURING,
  /** The next morning, on the first steps out of bed: the 24-hour response. */
  NEXT_MORNING
}
