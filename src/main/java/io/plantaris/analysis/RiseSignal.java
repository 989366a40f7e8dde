package io.plantaris.analysis;

/**
 * The rise signal a foot's reps are segmented on, smoothed, with its rate: foot pitch when the
 * insole has an IMU, else the forward travel of the centre of pressure (sharper filtered on a flat
 * floor, where the heel unloads within a few degrees of leaving it).
 */
final class RiseSignal {
  private final boolean usePitch;
  private final double jump;
  private final LowPass pos1;
  private final LowPass pos2;
  private final LowPass vel;
  private final LowPass flat1;
  private final LowPass flat2;
  private final LowPass flat3;
  private final LowPass flatVel;
  private final long smoothDelayMicros;
  private final long flatDelayMicros;
  private long delayMicros;
  private boolean flatPath;
  private boolean primed;
  private double prevRaw;
  private double prevX;
  private double prevFlatX;
  private double x;
  private double v;

  /**
   * @param jump a change larger than this in one sample is a step of the level, not a rise
   */
  RiseSignal(AnalysisConfig cfg, boolean usePitch, double sampleRateHz, double jump) {
    this.usePitch = usePitch;
    this.jump = jump;
    double fc = usePitch ? cfg.pitchCutoffHz() : cfg.pressureCutoffHz();
    pos1 = new LowPass(fc, sampleRateHz);
    pos2 = new LowPass(fc, sampleRateHz);
    vel = new LowPass(fc, sampleRateHz);
    int poles = usePitch ? 2 : 3;
    smoothDelayMicros = Math.round((poles * LowPass.delaySeconds(fc) + 0.5 / sampleRateHz) * 1e6);
    delayMicros = smoothDelayMicros;
    double ff = cfg.flatPressureCutoffHz();
    flat1 = new LowPass(ff, sampleRateHz);
    flat2 = new LowPass(ff, sampleRateHz);
    flat3 = new LowPass(ff, sampleRateHz);
    flatVel = new LowPass(ff, sampleRateHz);
    flatDelayMicros = Math.round((3 * LowPass.delaySeconds(ff) + 0.5 / sampleRateHz) * 1e6);
  }

  /**
   * A step in one sample while the foot rests is no heel raise (stepping onto a step, a glitch):
   * the filters are moved with it instead of turning it into a rise. Returns the step (0 if none),
   * by which the caller moves its baseline too.
   */
  double levelStep(double raw, boolean resting) {
    if (!primed || !resting || !(Math.abs(raw - prevRaw) > jump)) {
      return 0;
    }
    double d = raw - prevRaw;
    pos1.reset(pos1.value() + d);
    pos2.reset(pos2.value() + d);
    flat1.reset(flat1.value() + d);
    flat2.reset(flat2.value() + d);
    flat3.reset(flat3.value() + d);
    prevX += d;
    prevFlatX += d;
    return d;
  }

  /**
   * Takes the next raw value.
   *
   * @param resting at the bottom with no rep waiting: the filter path may be chosen afresh
   * @param heelOnFloor the heel carries load at the bottom (flat floor): pressure reps are timed on
   *     the sharper path
   */
  void update(double raw, double dtSeconds, boolean resting, boolean heelOnFloor) {
    prevRaw = raw;
    double xs = pos1.apply(raw);
    if (!usePitch) {
      xs = pos2.apply(xs);
    }
    double dx = !primed ? 0 : (xs - prevX) / dtSeconds;
    prevX = xs;
    x = xs;
    v = vel.apply(dx);
    if (!usePitch) {
      double fx = flat3.apply(flat2.apply(flat1.apply(raw)));
      double fv = flatVel.apply(!primed ? 0 : (fx - prevFlatX) / dtSeconds);
      prevFlatX = fx;
      if (resting) {
        flatPath = heelOnFloor;
        delayMicros = flatPath ? flatDelayMicros : smoothDelayMicros;
      }
      if (flatPath) {
        x = fx;
        v = fv;
      }
    }
    primed = true;
  }

  double x() {
    return x;
  }

  double v() {
    return v;
  }

  double prevRaw() {
    return prevRaw;
  }

  /** The filters' delay, subtracted from every boundary time. */
  long delayMicros() {
    return delayMicros;
  }

  /** Pressure only: the rep under way is timed on the flat-floor path. */
  boolean flatPath() {
    return flatPath;
  }
}
