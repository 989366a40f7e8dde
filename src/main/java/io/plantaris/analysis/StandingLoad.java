package io.plantaris.analysis;

/**
 * What one foot carries when it really stands: its quiet load, its body-load estimate (the largest
 * quiet load held for the quiet time) and the person's body load learnt by the other insole. A foot
 * is unloaded (lifted, or resting on its toes) when it carries a small share of that.
 *
 * <p>Quiet is judged two ways: the rise signal's rate is still (the gyro of an IMU insole at rest),
 * or, over the quiet time, the load and the rise signal stay within bands ({@link QuietWindow}): a
 * pressure insole's centre of pressure sways at 1-15 mm/s in real quiet standing, which no rate
 * threshold fit to tell a heel raise from rest calls still.
 */
final class StandingLoad {
  private final StanceConfig stance;
  private final long quietMicros;
  private final double alpha;
  private final QuietWindow window;
  private long belowSince = Long.MIN_VALUE;
  private final QuietWindow settle;
  private final LowPass loadLp;
  private boolean settled;
  private boolean steady;
  private long quietSince = Long.MIN_VALUE;
  private double quietLoadN;
  private double bodyLoadN;
  private double personLoadN;
  private double peakLoadN;

  /**
   * {@code unloadedShare * referenceN()}, asked several times a sample: taken again wherever a load
   * it is made of changes.
   */
  private double unloadedBelowN;

  /**
   * @param alpha smoothing coefficient per sample of the quiet-load average
   * @param travelBand the rise signal's largest range over the quiet time in quiet standing, in its
   *     unit (mm of centre of pressure, or degrees of pitch)
   */
  StandingLoad(
      AnalysisConfig cfg,
      StanceConfig stance,
      double alpha,
      double sampleRateHz,
      double travelBand) {
    this.stance = stance;
    this.quietMicros = cfg.quietMillis() * 1000;
    this.alpha = alpha;
    this.window = new QuietWindow(quietMicros, stance.quietLoadBand(), travelBand);
    this.settle =
        new QuietWindow(
            cfg.reloadSettleMillis() * 1000, stance.quietLoadBand(), Double.POSITIVE_INFINITY);
    this.loadLp = new LowPass(cfg.pressureCutoffHz(), sampleRateHz);
    refresh();
  }

  /**
   * Feeds every sample's load and rise signal {@code pos}, wherever the foot is in a rep: real sway
   * makes false starts that are rejected later, and the quiet window runs on through them.
   */
  void observe(long t, double loadN, double pos) {
    if (loadN == loadN) {
      double peak = Math.max(peakLoadN, loadLp.apply(loadN));
      if (peak != peakLoadN) {
        peakLoadN = peak;
        refresh();
      }
    }
    boolean loaded = !unloaded(loadN);
    double lp = loadLp.value();
    steady = loaded && window.update(t, lp, pos);
    if (!settled && loaded && settle.update(t, lp, 0)) {
      settled = true;
    }
  }

  /**
   * The foot's load has held steady for the reload settle time since the stream began: a stream may
   * begin with the foot being put down or in the middle of a movement, and no rise starts from
   * there. (Later, a foot put down after being lifted settles for the reload settle time.)
   */
  boolean settled() {
    return settled;
  }

  /**
   * Feeds the foot's load while it is at the bottom; {@code still} when its rise signal's rate is
   * at rest.
   */
  void track(long t, double loadN, boolean still) {
    if (!(still || steady) || loadN <= 0 || unloaded(loadN)) {
      quietSince = Long.MIN_VALUE;
      return;
    }
    if (quietSince == Long.MIN_VALUE) {
      quietSince = steady ? t - quietMicros : t;
      quietLoadN = steady ? loadLp.value() : loadN;
    }
    quietLoadN += alpha * (loadN - quietLoadN);
    if (t - quietSince >= quietMicros && quietLoadN > bodyLoadN) {
      bodyLoadN = quietLoadN;
    }
    refresh();
  }

  /**
   * At the last {@link #track} the foot had stood quietly (load and rise signal in their bands) for
   * the quiet time.
   */
  boolean standsQuietly() {
    return steady;
  }

  /**
   * Whether the foot stands quietly with {@code below} true for the quiet time on end: a level it
   * rests at, not the turn of a sway. Over a step edge the toes' sway at the top of a rep dips the
   * centre of pressure below the bottom for 300 ms, inside the quiet bands (wide seed 20361).
   */
  boolean quietFor(long t, boolean below) {
    belowSince = !below ? Long.MIN_VALUE : belowSince == Long.MIN_VALUE ? t : belowSince;
    return below && steady && t - belowSince >= quietMicros;
  }

  /** This foot's body-load estimate, or the other foot's when only that one has stood alone. */
  double ownLoadN() {
    return Math.max(bodyLoadN, personLoadN);
  }

  /**
   * The standing load a share of which is "next to nothing": the learnt one, else half the largest
   * load carried so far (a stride or a landing carries more than standing), and at least the least
   * a standing foot carries.
   */
  private double referenceN() {
    return Math.max(
        Math.max(ownLoadN(), quietLoadN), Math.max(0.5 * peakLoadN, stance.minStandingLoadN()));
  }

  /** The foot carries enough to start a heel raise. */
  boolean loaded(double loadN) {
    return !unloaded(loadN);
  }

  /**
   * The foot carries next to nothing: lifted (a force insole reads a few newtons in the air), or
   * resting on its toes.
   */
  boolean unloaded(double loadN) {
    return loadN < unloadedBelowN;
  }

  private void refresh() {
    unloadedBelowN = stance.unloadedShare() * referenceN();
  }

  double bodyLoadN() {
    return bodyLoadN;
  }

  /**
   * The person's body load as learnt by any of their insoles: a foot that only ever rested on its
   * toes has never stood alone, yet the few newtons it carries are no standing load.
   */
  void personLoadN(double newtons) {
    if (!(newtons == personLoadN)) {
      // given every sample; it changes only as the other foot learns
      personLoadN = newtons;
      refresh();
    }
  }
}
