package io.plantaris.sim;

import io.plantaris.analysis.RepFlag;
import java.util.EnumSet;
import java.util.Set;

/**
 * One planned repetition: its phase times on the device time axis and how it is performed; the
 * ground truth is read straight from these.
 *
 * @param sessionNumber rep number counted from 1 across all sets
 * @param basePitchDegrees foot pitch at the bottom (0 on a flat floor, negative over a step edge)
 * @param peakPitchDegrees foot pitch at the top of the rise
 * @param heelDip the heel comes back down and takes load in the middle of the hold
 * @param impactNewtons extra heel force at the bottom impact (0 for a smooth ending)
 * @param impactAccelG vertical accelerometer spike at the impact
 * @param otherFootShare share of total weight the other foot takes during the rep (0 normally)
 * @param riseProfile how the rise moves over its movement time (the phase times here are the
 *     movement's; the truth is read off the curve at its 10 % marks, {@link PhaseMarks})
 * @param lowerProfile how the lowering moves (before a rebound or slam ending's drop)
 * @param topSwayDegrees amplitude of the foot's sway while balancing at the top
 * @param topSwayHz frequency of that sway
 * @param topSwayPhase phase of that sway at the start of the hold, radians
 */
public record RepPlan(
    int setIndex,
    int indexInSet,
    int sessionNumber,
    RepSide side,
    long upStartMillis,
    long holdStartMillis,
    long downStartMillis,
    long downEndMillis,
    double basePitchDegrees,
    double peakPitchDegrees,
    boolean heelDip,
    RepEnding ending,
    double impactNewtons,
    double impactAccelG,
    double otherFootShare,
    Set<RepFlag> flags,
    MotionProfile riseProfile,
    MotionProfile lowerProfile,
    double topSwayDegrees,
    double topSwayHz,
    double topSwayPhase) {

  /** How long the impact pulse at the bottom lasts. */
  public static final long IMPACT_MILLIS = 60;

  public RepPlan {
    if (!(upStartMillis < holdStartMillis
        && upStartMillis <= downStartMillis
        && holdStartMillis <= downEndMillis
        && downStartMillis < downEndMillis)) {
      throw new IllegalArgumentException("rep phases out of order: " + upStartMillis);
    }
    if (riseProfile == null || lowerProfile == null) {
      throw new IllegalArgumentException("a rep needs a rise and a lowering profile");
    }
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
  }

  /** Whether the given foot rises in this rep. */
  public boolean moves(io.plantaris.insole.Side foot) {
    return side == RepSide.BOTH || side.name().equals(foot.name());
  }

  public double rangeDegrees() {
    return peakPitchDegrees - basePitchDegrees;
  }
}
