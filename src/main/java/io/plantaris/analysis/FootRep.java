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
    double otherFootShare) {

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
        share);
  }

  long durationMicros() {
    return downEndMicros - upStartMicros;
  }
}
