package io.plantaris.analysis;

import io.plantaris.insole.Side;

/**
 * A heel raise seen by one insole, before it is judged or merged with the other foot.
 *
 * @param amplitude rise in the segmentation signal's own unit (degrees or CoP millimetres)
 * @param bottomHeelFraction heel-load fraction at the settled bottom before the rep; NaN unknown
 * @param topHeelFraction largest (smoothed) heel-load fraction while at the top; NaN unknown
 * @param landingLoadRatio peak load at landing over the mean load in the hold; NaN unknown
 * @param landingAccelG largest deviation of acceleration from 1 g at landing; NaN unknown
 * @param meanLoadN mean load of this foot during the rep; NaN without cells
 * @param otherFootShare the other insole's share of the load during the rep; NaN with one insole
 * @param landingRangesPerSecond fastest lowering speed, in rep amplitudes per second (a controlled
 *     3 s descent peaks near 0.6, a heel dropped onto the floor far above 3); NaN unknown
 * @param heelDip the heel came back down to the bottom in the middle of the hold
 * @param jolt rise and lowering each over in under 0.25 s between the marks, or the rise alone in
 *     under 0.2 s ({@link RepTrace#jolt}): no rep alone (a stride, a stamp), but the foot put down
 *     to join the other foot's rep for a two-legged one
 * @param loadDropAtRise this foot's load about a second into the rise (or at the rep's middle if
 *     sooner), relative to the load just before it; NaN without cells (about 0.5 when the other
 *     foot was put down to rise on two)
 * @param loadShiftMillis how long this foot's load took to go from 10% to 90% of its change around
 *     the rise start; NaN without cells or without a clear change
 * @param moveStartMicros when the movement left the bottom, by the rise rate (the phase times may
 *     be the later 10 % marks, docs/phases.md); the rest between two reps is read from these
 * @param moveEndMicros when the movement was back at the bottom, by the rate
 * @param timing where the phase times were read from
 */
record FootRep(
    int track,
    Side side,
    long upStartMicros,
    long holdStartMicros,
    long downStartMicros,
    long downEndMicros,
    double amplitude,
    double peakPitchDegrees,
    double peakHeightMm,
    double peakForefootFraction,
    double bottomHeelFraction,
    double topHeelFraction,
    double landingLoadRatio,
    double landingAccelG,
    double meanLoadN,
    double otherFootShare,
    double landingRangesPerSecond,
    boolean heelDip,
    boolean jolt,
    double loadDropAtRise,
    double loadShiftMillis,
    long moveStartMicros,
    long moveEndMicros,
    PhaseTiming timing) {

  FootRep withOtherFootShare(double share) {
    return new FootRep(
        track,
        side,
        upStartMicros,
        holdStartMicros,
        downStartMicros,
        downEndMicros,
        amplitude,
        peakPitchDegrees,
        peakHeightMm,
        peakForefootFraction,
        bottomHeelFraction,
        topHeelFraction,
        landingLoadRatio,
        landingAccelG,
        meanLoadN,
        share,
        landingRangesPerSecond,
        heelDip,
        jolt,
        loadDropAtRise,
        loadShiftMillis,
        moveStartMicros,
        moveEndMicros,
        timing);
  }

  /**
   * This rep (rise and first part of the hold) joined with {@code b} (rest of the hold, descent).
   */
  FootRep joinedByHeelDip(FootRep b) {
    return new FootRep(
        track,
        side,
        upStartMicros,
        holdStartMicros,
        b.downStartMicros,
        b.downEndMicros,
        Math.max(amplitude, b.amplitude),
        Math.max(peakPitchDegrees, b.peakPitchDegrees),
        Math.max(peakHeightMm, b.peakHeightMm),
        Math.max(peakForefootFraction, b.peakForefootFraction),
        bottomHeelFraction,
        Math.max(topHeelFraction, b.topHeelFraction),
        b.landingLoadRatio,
        b.landingAccelG,
        (meanLoadN + b.meanLoadN) / 2,
        otherFootShare,
        b.landingRangesPerSecond,
        true,
        jolt && b.jolt,
        loadDropAtRise,
        loadShiftMillis,
        moveStartMicros,
        b.moveEndMicros,
        timing == b.timing ? timing : PhaseTiming.RATE);
  }

  long durationMicros() {
    return downEndMicros - upStartMicros;
  }

  /**
   * The foot bobbed, no heel raise: its pitch rose less than {@link #BOB_MAX_DEGREES} and was back
   * down within {@link #BOB_MAX_MICROS} of its rise mark. A heel raise, full (25-45 degrees) or
   * partial, is a controlled rise; even the fastest real ones (the CMU reps, 1.1-1.3 s) lift the
   * foot 40 degrees. A free foot's balance step, a stride's roll or a hop's take-off bobs it (wide
   * seeds 20000-20599: 9 such "reps" counted, none on a rep of the truth, and no truth rep so small
   * and quick). Pitch only: NaN on cells alone; never a jolt, which joins the other foot.
   */
  boolean bob() {
    return !jolt && peakPitchDegrees < BOB_MAX_DEGREES && durationMicros() < BOB_MAX_MICROS;
  }

  static final double BOB_MAX_DEGREES = 16;

  static final long BOB_MAX_MICROS = 1_600_000;
}
