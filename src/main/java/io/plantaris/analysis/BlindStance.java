package io.plantaris.analysis;

import io.plantaris.insole.Side;

/**
 * A time one insole stood where it cannot see a heel raise: pressure cells alone, the heel over a
 * step edge, and the load in front of it on cells too close together front to back for the centre
 * of pressure to move (a 3-zone insole's forefoot zone carries it all, at the bottom and at the
 * top); or it moved there for seconds without the centre of pressure travelling a rise, or stood
 * there with no rep seen for longer than a rep's rest; or the heel zone, or the forefoot's, had
 * stopped reporting. Reps done then are not counted; the patient is told to do them on the floor
 * instead, and the count of such a set is not a verdict on the patient.
 *
 * @param track the insole's track index
 * @param side the insole's side
 * @param fromMicros when the insole was first seen standing so (analysis time)
 * @param toMicros when it was last (it was lifted, stood where it can see again, or input ended)
 * @param reason why the insole could not see
 */
public record BlindStance(int track, Side side, long fromMicros, long toMicros, Reason reason) {

  /** Why the insole could not see a heel raise. */
  public enum Reason {
    /** The heel over a step edge, the load in front of it on one zone. */
    STEP_EDGE,
    /** The heel zone, or every forefoot and toe cell, stopped reporting. */
    ZONE_SILENT,
    /**
     * The heel over a step edge, and the centre of pressure moved for seconds without travelling a
     * rise (a rep's sway on the toes), or no rep was seen for longer than a rep's rest: the cells
     * see too little of a rep there to count it.
     */
    EDGE_UNSEEN
  }

  /** The same stance {@code micros} later (analysis time to wall-clock time). */
  public BlindStance shifted(long micros) {
    return new BlindStance(track, side, fromMicros + micros, toMicros + micros, reason);
  }

  public BlindStance {
    if (reason == null) {
      throw new IllegalArgumentException("a blind stance needs its reason");
    }
    if (toMicros < fromMicros) {
      throw new IllegalArgumentException("blind stance ends before it starts");
    }
  }
}
