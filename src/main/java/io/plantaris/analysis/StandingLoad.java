package io.plantaris.analysis;

/**
 * What one foot carries when it really stands: its quiet load, its body-load estimate (the largest
 * quiet load held for the quiet time) and the person's body load learnt by the other insole. A foot
 * is unloaded (lifted, or resting on its toes) when it carries a small fraction of that.
 */
final class StandingLoad {
  private final long quietMicros;
  private final double alpha;
  private long quietSince = Long.MIN_VALUE;
  private double quietLoadN;
  private double bodyLoadN;
  private double personLoadN;

  /**
   * @param alpha smoothing coefficient per sample of the quiet-load average
   */
  StandingLoad(AnalysisConfig cfg, double alpha) {
    this.quietMicros = cfg.quietMillis() * 1000;
    this.alpha = alpha;
  }

  /** Feeds the foot's load while it is at the bottom; {@code still} when it does not move. */
  void track(long t, double loadN, boolean still) {
    if (!still || loadN <= 0) {
      quietSince = Long.MIN_VALUE;
      return;
    }
    if (quietSince == Long.MIN_VALUE) {
      quietSince = t;
      quietLoadN = loadN;
    }
    quietLoadN += alpha * (loadN - quietLoadN);
    if (t - quietSince >= quietMicros && quietLoadN > bodyLoadN) {
      bodyLoadN = quietLoadN;
    }
  }

  /** This foot's body-load estimate, or the other foot's when only that one has stood alone. */
  double ownLoadN() {
    return Math.max(bodyLoadN, personLoadN);
  }

  /** The foot carries enough to start a heel raise. */
  boolean loaded(double loadN) {
    return loadN > 0.05 * Math.max(ownLoadN(), quietLoadN);
  }

  /** The foot carries next to nothing: lifted, or resting on its toes. */
  boolean unloaded(double loadN) {
    return loadN < 0.05 * Math.max(Math.max(ownLoadN(), quietLoadN), 20);
  }

  double bodyLoadN() {
    return bodyLoadN;
  }

  /**
   * The person's body load as learnt by any of their insoles: a foot that only ever rested on its
   * toes has never stood alone, yet the few newtons it carries are no standing load.
   */
  void personLoadN(double newtons) {
    personLoadN = newtons;
  }
}
