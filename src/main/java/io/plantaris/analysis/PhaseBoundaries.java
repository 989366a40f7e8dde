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

  /** Where the rate left (came back under) its level, before any move outwards. */
  long rateUpStart;

  long rateDownEnd;

  private final double topFraction;
  private double risePeakRate;
  private double descentPeakRate;

  /** Peak descent rate while in the upper half of the range: the pace of leaving the top. */
  private double leavePeakRate;

  /**
   * @param topFraction the hold's start and end are read where the rate crosses at least this
   *     fraction of the movement's peak rate (see {@link AnalysisConfig#topBoundaryFraction})
   */
  PhaseBoundaries(double topFraction) {
    this.topFraction = topFraction;
  }

  /** A rise was recognised at {@code rate}: the bottom's times are kept. */
  void startRise(double rate) {
    upStartTimes.copyFrom(lastBelowBottom);
    firstBelowUp.clear();
    lastBelowTop.clear();
    risePeakRate = rate;
    descentPeakRate = 0;
  }

  /** A sample of the rise or the top; {@code rate} is signed, rising positive. */
  void trackRise(double rate, long t) {
    if (rate > risePeakRate) {
      risePeakRate = rate;
      firstBelowUp.clear();
    } else {
      firstBelowUp.markFirstBelow(Math.max(rate, 0), t);
    }
    lastBelowTop.markLastBelow(Math.abs(rate), t);
  }

  /** The descent was recognised at {@code rate} (signed, negative): the top's times are kept. */
  void leaveTop(double rate) {
    downStartTimes.copyFrom(lastBelowTop);
    firstBelowDown.clear();
    descentPeakRate = -rate;
    leavePeakRate = -rate;
  }

  /**
   * A sample of the descent; {@code rate} is signed, lowering negative. The pace of leaving the top
   * is taken from the upper half of the range only: a heel dropped at the end is far faster than
   * the smooth start, and its rate says nothing of where the descent left the top.
   */
  void trackDescent(double rate, long t, boolean upperHalf) {
    if (upperHalf && -rate > leavePeakRate) {
      leavePeakRate = -rate;
    }
    if (-rate > descentPeakRate) {
      descentPeakRate = -rate;
      firstBelowDown.clear();
    } else {
      firstBelowDown.markFirstBelow(Math.abs(Math.min(rate, 0)), t);
    }
  }

  /**
   * A sample after the foot came back down, before the rep is finished; {@code rate} is signed. A
   * lowering that speeds up again here (it slowed near the bottom, then dropped its last part onto
   * the heel, as before a bounce) ends after that drop, not where it first slowed.
   */
  void trackSettling(double rate, long t) {
    if (-rate > descentPeakRate) {
      trackDescent(rate, t, false);
    } else {
      firstBelowDown.markFirstBelow(Math.abs(rate), t);
    }
  }

  /** Peak rate of the rise under way (positive). */
  double risePeakRate() {
    return risePeakRate;
  }

  /** Peak rate of the descent under way (positive); 0 before it starts. */
  double descentPeakRate() {
    return descentPeakRate;
  }

  /**
   * Resolves the boundaries of the rep just over into the public fields.
   *
   * @param vUp rate level of the rise's start (and, without minimum jerk, its end)
   * @param vDown rate level of the descent's end (and, without minimum jerk, its start); positive
   * @param minJerk move the boundaries out by what a minimum-jerk movement spends below the level
   */
  void resolve(double vUp, double vDown, long peakTime, long rawDownEnd, boolean minJerk) {
    double peakUp = Math.max(risePeakRate, 1e-9);
    double peakDown = Math.max(descentPeakRate, 1e-9);
    double peakLeave = Math.max(leavePeakRate, 1e-9);
    // Balancing at the top, the foot sways at a rate that after a quick rise is a sizeable part
    // of the noise-floored level: smoothed, the rise's last deceleration runs into the sway, and
    // the rate may not fall under that level until the sway turns, hundreds of ms into the hold.
    // The top's boundaries are therefore read at a level well above the sway; the minimum-jerk
    // refinement below puts them back at the movement's end and start, whatever the level.
    double vHold = minJerk ? Math.max(vUp, topFraction * peakUp) : vUp;
    double vLeave = minJerk ? Math.max(vDown, topFraction * peakLeave) : vDown;
    long up = upStartTimes.at(vUp);
    long hold = firstBelowUp.at(vHold);
    long down = downStartTimes.at(vLeave);
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
    rateUpStart = up;
    rateDownEnd = end;
    if (minJerk) {
      // The rate crosses a level a little after the movement starts and before it ends; for a
      // smooth voluntary movement (minimum jerk, Flash and Hogan 1985) how much is known from the
      // level's fraction of the peak rate, so the boundaries are moved out by it.
      double lu = BoundaryTimes.minJerkLead(upStartTimes.levelAt(vUp) / peakUp);
      double lh = BoundaryTimes.minJerkLead(firstBelowUp.levelAt(vHold) / peakUp);
      double ll = BoundaryTimes.minJerkLead(downStartTimes.levelAt(vLeave) / peakLeave);
      double le = BoundaryTimes.minJerkLead(firstBelowDown.levelAt(vDown) / peakDown);
      double rise = (hold - up) / (1 - lu - lh);
      double descent = (end - down) / (1 - ll - le);
      long u = Math.round(rise * lu);
      long h = Math.round(rise * lh);
      long l = Math.round(descent * ll);
      long e = Math.round(descent * le);
      up -= u;
      end += e;
      if (holdSeen && down - hold > 0) {
        long room = down - hold;
        long extend = Math.min(h + l, room);
        hold += extend * h / Math.max(1, h + l);
        down -= extend * l / Math.max(1, h + l);
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
