package io.plantaris.analysis;

/**
 * What one insole measures during a rep under way (load, heel at the top, shaking, swing, landing)
 * and whether that looks like a heel raise at all.
 */
final class RepMeasures {
  double loadAtStart;
  double minLoad;
  double loadSum;
  int loadCount;
  double foreMax;
  double topHeelMax;
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
  void track(double loadN, double forefootFraction, double swingAccelG) {
    trackSwing(swingAccelG);
    if (loadN == loadN) {
      loadSum += loadN;
      loadCount++;
      minLoad = Math.min(minLoad, loadN);
      foreMax = foreMax == foreMax ? Math.max(foreMax, forefootFraction) : forefootFraction;
    }
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
