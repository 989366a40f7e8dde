package io.plantaris.analysis;

/**
 * The four phase boundaries of a rep (rise start, hold start, descent start, descent end), read
 * where the rise rate crosses a fraction of that phase's peak rate, so they mark the start and end
 * of movement whatever the person's speed or range.
 */
final class PhaseBoundaries {
  private static final double SMALLEST_RATE = 0.05;

  /** At the bottom: when the rate last was below each level. */
  final BoundaryTimes lastBelowBottom = new BoundaryTimes(SMALLEST_RATE);

  /** Copied from {@link #lastBelowBottom} when a rise starts. */
  final BoundaryTimes upStartTimes = new BoundaryTimes(SMALLEST_RATE);

  /** Rising: when the rate first fell below each level after its peak. */
  final BoundaryTimes firstBelowUp = new BoundaryTimes(SMALLEST_RATE);

  /** At the top: when the rate last was below each level. */
  final BoundaryTimes lastBelowTop = new BoundaryTimes(SMALLEST_RATE);

  /** Copied from {@link #lastBelowTop} when the descent starts. */
  final BoundaryTimes downStartTimes = new BoundaryTimes(SMALLEST_RATE);

  /** Lowering: when the rate first fell below each level after its (negative) peak. */
  final BoundaryTimes firstBelowDown = new BoundaryTimes(SMALLEST_RATE);

  long upStart;
  long holdStart;
  long downStart;
  long downEnd;

  /**
   * Resolves the boundaries of the rep just over into the public fields.
   *
   * @param vUp rate level of the rise's boundaries
   * @param vDown rate level of the descent's boundaries (positive)
   * @param minJerk move the boundaries out by what a minimum-jerk movement spends below the level
   */
  void resolve(
      double vUp,
      double vDown,
      double vPeakUp,
      double vPeakDown,
      long peakTime,
      long rawDownEnd,
      boolean minJerk) {
    long up = upStartTimes.at(vUp);
    long hold = firstBelowUp.at(vUp);
    long down = downStartTimes.at(vDown);
    boolean holdSeen = hold != Long.MIN_VALUE;
    if (hold == Long.MIN_VALUE) {
      hold = peakTime;
    }
    if (down == Long.MIN_VALUE || down < hold) {
      down = Math.max(hold, Math.min(peakTime, rawDownEnd));
      hold = Math.min(hold, down);
    }
    if (up == Long.MIN_VALUE) {
      up = hold;
    }
    long end = Math.max(rawDownEnd, down);
    if (minJerk) {
      // The rate crosses the boundary level a little after the movement starts and before it
      // ends; for a smooth voluntary movement (minimum jerk, Flash and Hogan 1985) how much is
      // known from the level's fraction of the peak rate, so the boundaries are moved out by it.
      double lu = BoundaryTimes.minJerkLead(vUp / Math.max(vPeakUp, 1e-9));
      double ld = BoundaryTimes.minJerkLead(vDown / Math.max(-vPeakDown, 1e-9));
      long u = Math.round((hold - up) * lu / (1 - 2 * lu));
      long d = Math.round((end - down) * ld / (1 - 2 * ld));
      up -= u;
      end += d;
      if (holdSeen && down - hold > 0) {
        long room = down - hold;
        long extend = Math.min(u + d, room);
        hold += extend * u / Math.max(1, u + d);
        down -= extend * d / Math.max(1, u + d);
      }
    }
    upStart = up;
    holdStart = hold;
    downStart = down;
    downEnd = end;
  }

  int stateBytes() {
    return 6 * upStartTimes.stateBytes();
  }
}
