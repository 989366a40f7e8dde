package io.plantaris.analysis;

/**
 * What one insole measures during a rep under way (load, heel at the top, shaking, swing, landing)
 * and whether that looks like a heel raise at all.
 */
final class RepMeasures {
  /**
   * A heel raise lifts the heel off a flat floor: its share of the load falls below this share of
   * its share at the bottom at some moment of the rep (simulated reps on 3, 8 and 16 cells: 0.16 to
   * 0.21 of it, a shoe's midsole and the cells' geometry keeping some), while a squat or a lean
   * forward keeps the heel down with 0.6 of it and more.
   */
  private static final double HEEL_OFF_SHARE = 0.45;

  double loadAtStart;
  double minLoad;
  double loadSum;
  int loadCount;
  double foreMax;
  double topHeelMax;

  /** The least heel share of the load during the rep. */
  double heelMin;

  double topLoadSum;
  int topLoadCount;
  double maxAccelDev;
  double maxSwingAccel;
  double landingLoadMax;
  double landingAccelMax;

  /** The descent has passed a quarter of the range: impacts from here on are the landing. */
  boolean landing;

  void start(double loadAtStartN) {
    topHeelMax = Double.NaN;
    heelMin = Double.NaN;
    topLoadSum = 0;
    topLoadCount = 0;
    foreMax = Double.NaN;
    loadSum = 0;
    loadCount = 0;
    loadAtStart = loadAtStartN;
    minLoad = Double.POSITIVE_INFINITY;
    maxAccelDev = 0;
    maxSwingAccel = 0;
    landingLoadMax = 0;
    landingAccelMax = 0;
    landing = false;
  }

  /** Every sample of the rise, top and descent; load NaN without cells. */
  void track(double loadN, double forefootFraction, double heelFraction, double swingAccelG) {
    trackSwing(swingAccelG);
    if (loadN == loadN) {
      heelMin = heelMin == heelMin ? Math.min(heelMin, heelFraction) : heelFraction;
      loadSum += loadN;
      loadCount++;
      minLoad = Math.min(minLoad, loadN);
      foreMax = foreMax == foreMax ? Math.max(foreMax, forefootFraction) : forefootFraction;
    }
  }

  /**
   * Whether the heel left a flat floor where it carried {@code bottomHeel} of the load before the
   * rise: at some moment of the rep its share fell below {@link #HEEL_OFF_SHARE} of that.
   */
  boolean heelLeft(double bottomHeel) {
    return heelMin < HEEL_OFF_SHARE * bottomHeel;
  }

  void trackSwing(double swingAccelG) {
    maxSwingAccel = Math.max(maxSwingAccel, Math.abs(swingAccelG));
  }

  void trackShake(double sustainedAccelDevG) {
    maxAccelDev = Math.max(maxAccelDev, sustainedAccelDevG);
  }

  /** A sample settled at the top: heel loading and the load of the hold. */
  void trackTop(double heelFraction, double loadN) {
    topHeelMax = topHeelMax == topHeelMax ? Math.max(topHeelMax, heelFraction) : heelFraction;
    topLoadSum += loadN;
    topLoadCount++;
  }

  void trackLanding(double loadN, double accelDevG) {
    if (loadN == loadN) {
      landingLoadMax = Math.max(landingLoadMax, loadN);
    }
    landingAccelMax = Math.max(landingAccelMax, accelDevG);
  }

  double holdLoad() {
    return topLoadCount > 0 ? topLoadSum / topLoadCount : Double.NaN;
  }

  double meanLoad() {
    return loadCount > 0 ? loadSum / loadCount : Double.NaN;
  }

  /**
   * Walking and stamping look like fast, unloaded, shaky or swinging rises; a heel raise is none of
   * them.
   *
   * @param ownLoadN this foot's learnt standing load; 0 unknown
   */
  boolean accepted(
      AnalysisConfig cfg,
      long riseMicros,
      long repMicros,
      double amp,
      double minRise,
      boolean hasLoad,
      double ownLoadN) {
    if (riseMicros < cfg.minUpMillis() * 1000 || repMicros < cfg.minRepMillis() * 1000) {
      return false;
    }
    if (maxAccelDev > cfg.maxAccelDeviationG()) {
      return false;
    }
    if (maxSwingAccel > cfg.maxSwingAccelG()) {
      // the foot sped up and braked along the ground: a stride, not a heel raise
      return false;
    }
    if (hasLoad && loadAtStart > 0 && minLoad < cfg.minLoadFraction() * loadAtStart) {
      return false;
    }
    if (hasLoad && ownLoadN > 0 && loadAtStart < cfg.minLoadFraction() * ownLoadN) {
      // a foot resting on its toes carries next to nothing: its toes moving are no heel raise
      return false;
    }
    return amp >= minRise;
  }
}
