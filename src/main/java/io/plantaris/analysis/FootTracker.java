package io.plantaris.analysis;

import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.SensorLayout;

/**
 * Segments one insole's stream into heel raises: a rise signal ({@link RiseSignal}) runs through a
 * three-state machine (bottom, raised, down) with hysteresis relative to the rep's own amplitude;
 * {@link PhaseBoundaries} times each rep's phases and {@link RepMeasures} collects what it needs to
 * be judged.
 */
final class FootTracker {

  /** Receives the reps this foot completes. */
  interface Sink {
    void onFootRep(FootRep rep);
  }

  /** Longest rep whose phase marks are read (three phases of 8 s plus rest around them). */
  private static final double TRACE_SECONDS = 30;

  private final int track;
  private final SensorLayout layout;
  private final AnalysisConfig cfg;
  private final LoadFeatures load;
  private final PitchTracker pitch;
  private final boolean usePitch;
  private final RiseSignal signal;
  private final PhaseBoundaries bounds;
  private final RepMeasures rep = new RepMeasures();
  private final LowPass heelLp;
  private final LowPass foreLp;
  private final LowPass accelLp;
  private final LowPass swingLp;
  private final double minRise;
  private final double pivotMm;
  private final long nominalDtMicros;
  private final double baseAlpha;
  private final StandingLoad standing;
  private final HeelDipJoiner dips;
  final LoadHistory loads;

  /** Whether the pitch creeps up slowly; null without an IMU. */
  private final CreepWatch creep;

  /** The pitch of the last seconds, to read each rep's phase marks off; null without an IMU. */
  private final RepTrace trace;

  private long prevT = Long.MIN_VALUE;
  private final BlindWatch blind;
  private double x;
  private double v;
  private double noiseSq;
  private double base;
  private boolean baseKnown;
  private double referenceAmplitude;
  private double bottomHeel = Double.NaN;
  private long unloadedAt = Long.MIN_VALUE / 2;

  private Movement state = Movement.BOTTOM;
  private int repSerial;
  private int repsOffered;
  private double repBase;
  private double peak;
  private long peakTime;
  private long topSince;
  private long downSince;
  private final EdgeSway sway = new EdgeSway();
  private double repBottomHeel;
  private boolean pending;
  private final SettleWatch settle;
  private long riseStartMicros = Long.MIN_VALUE;
  private long prescribedRepMillis = Tempo.RATHLEFF.repMillis();

  /** The trace before this time belongs to an earlier rep or another level: no marks there. */
  private long traceFrom = Long.MIN_VALUE;

  FootTracker(int track, SensorLayout layout, AnalysisConfig cfg, Sink sink) {
    this.track = track;
    this.layout = layout;
    this.cfg = cfg;
    this.dips = new HeelDipJoiner(cfg, sink);
    this.bounds = new PhaseBoundaries(cfg.topBoundaryFraction());
    double fs = layout.sampleRateHz();
    this.load = layout.cellCount() > 0 ? new LoadFeatures(layout, cfg) : null;
    this.pitch = layout.hasImu() ? new PitchTracker(cfg) : null;
    this.usePitch = pitch != null;
    this.settle = new SettleWatch(cfg.settleTimeoutMillis(), usePitch);
    double insoleMm = Math.max(layout.insoleLengthMm(), 100);
    minRise = usePitch ? cfg.minRiseDegrees() : cfg.minRiseInsoleFraction() * insoleMm;
    double jump = usePitch ? cfg.jumpDegrees() : cfg.jumpInsoleFraction() * insoleMm;
    signal = new RiseSignal(cfg, usePitch, fs, jump);
    heelLp = new LowPass(cfg.pressureCutoffHz(), fs);
    foreLp = new LowPass(cfg.pressureCutoffHz(), fs);
    accelLp = new LowPass(cfg.accelRejectCutoffHz(), fs);
    swingLp = new LowPass(cfg.accelRejectCutoffHz(), fs);
    pivotMm = layout.insoleLengthMm() > 0 ? cfg.pivotFraction() * layout.insoleLengthMm() : 0;
    nominalDtMicros = Math.round(1e6 / fs);
    baseAlpha = 1 - Math.exp(-1 / (0.5 * fs));
    StanceConfig stance = StanceConfig.DEFAULTS;
    double quietTravel =
        usePitch ? stance.quietTravelDegrees() : stance.quietTravelInsoleFraction() * insoleMm;
    standing = new StandingLoad(cfg, stance, baseAlpha, fs, quietTravel);
    loads = new LoadHistory(fs);
    blind = load != null && !usePitch ? new BlindWatch(cfg, minRise) : null;
    trace = cfg.phaseMarks() ? new RepTrace(fs, TRACE_SECONDS) : null;
    creep = usePitch ? new CreepWatch(fs, minRise) : null;
  }

  void accept(InsoleSample s) {
    long t = s.timeMicros;
    double dt = prevT == Long.MIN_VALUE ? nominalDtMicros * 1e-6 : (t - prevT) * 1e-6;
    if (dt <= 0) {
      return;
    }
    if (load != null) {
      load.update(s);
      heelLp.apply(load.heelFraction);
      foreLp.apply(load.forefootFraction);
    }
    if (pitch != null) {
      pitch.update(s, dt);
      accelLp.apply(pitch.accelDeviationG());
      if (layout.hasAccelerometer()) {
        swingLp.apply(pitch.forwardAccelG());
      }
    }
    double raw = usePitch ? pitch.pitchDegrees() : unloaded() ? signal.prevRaw() : load.copYMm();
    boolean resting = state == Movement.BOTTOM && !pending;
    double step = signal.levelStep(raw, resting);
    if (step != 0) {
      base += step;
      bottomHeel = Double.NaN;
      traceFrom = t;
    }
    signal.update(
        raw, dt, resting, bottomHeel == bottomHeel && bottomHeel >= cfg.minBottomHeelFraction());
    x = signal.x();
    v = signal.v();
    prevT = t;
    if (trace != null) {
      trace.add(t, x);
    }
    if (creep != null) {
      creep.add(x);
    }
    if (load != null) {
      loads.add(t, load.total);
      standing.observe(t, load.total, x);
      if (unloaded()) {
        unloadedAt = t;
        if (blind != null) {
          blind.lifted(t, load);
        }
      }
    }
    releaseHeldIfStale(t);
    if (!baseKnown) {
      base = x;
      baseKnown = true;
    }
    switch (state) {
      case BOTTOM -> bottom(t);
      case RAISED -> raised(t);
      case LOWERING -> down(t);
    }
  }

  /**
   * How long the signal may stay at its peak before the top is a new standing level. The pitch
   * peaks at the top of the rise, so the hold bounds it; a heel's centre of pressure on a flat
   * floor stays at its peak through the hold and most of the lowering: twice the rep's time.
   */
  private long topLimitMicros() {
    long limit = cfg.maxHoldMillis();
    if (!usePitch) {
      limit = Math.max(limit, 2 * prescribedRepMillis);
    }
    return limit * 1000;
  }

  /** The prescribed time of one rep (up, hold and down) the set under way is judged against. */
  void prescribedRepMillis(long millis) {
    prescribedRepMillis = millis;
    dips.prescribedRepMillis(millis);
  }

  double loadN() {
    return load == null ? Double.NaN : load.total;
  }

  double accelDev() {
    return pitch == null ? 0 : pitch.accelDeviationG();
  }

  /**
   * The acceleration's departure from 1 g over the last tens of milliseconds: walking and stamping
   * shake the foot for a good part of a stride, while a quick reversal at the top of a rep jolts it
   * for a sample or two, and that jolt must not throw the rep away.
   */
  private double sustainedAccelDev() {
    return pitch == null ? 0 : accelLp.value();
  }

  private void bottom(long t) {
    double absV = Math.abs(v);
    bounds.lastBelowBottom.markLastBelow(absV, t);
    double stillRate = Math.max(0.05 * referenceRate(), 1e-9);
    boolean still = absV < stillRate;
    if (still && !pending) {
      noiseSq += 0.01 * (v * v - noiseSq);
      if (creep == null || !creep.creeping()) {
        base += baseAlpha * (x - base);
      }
      if (load != null) {
        bottomHeel = Double.isNaN(bottomHeel) ? heelLp.value() : bottomHeel;
        bottomHeel += baseAlpha * (heelLp.value() - bottomHeel);
      }
    }
    if (x < base && still) {
      if (base - x > 0.5 * minRise) {
        // the base was taken above where the foot stands (a fresh start at the top, after a
        // hole): the trace up to here is another level, no rep's marks are read off it
        traceFrom = t;
      }
      base += 4 * baseAlpha * (x - base);
    }
    if (load != null) {
      standing.track(t, load.total, still);
      if (blind != null && !pending) {
        blind.bottom(t, heelLp.value(), load, standing.standsQuietly(), Math.abs(v), repsOffered);
      }
    }
    double enter = Math.max(minRise, cfg.enterRangeFraction() * referenceAmplitude);
    boolean deep = !pending && !usePitch && x < base - 2 * enter;
    if (load != null && standing.quietFor(t, deep)) {
      // quietly far below its base for the quiet time, beyond any sway: the base was taken
      // mid-movement (the stream began on the toes); real sway never lets the rate rule lower it
      base = x;
    }
    boolean reloading =
        t - unloadedAt < cfg.reloadSettleMillis() * 1000 || (load != null && !standing.settled());
    if (reloading && !pending) {
      // the foot was just set down somewhere (onto or off a step): its new level is the bottom,
      // and its heel load there (flat floor or over a step edge) is learnt afresh
      base = x;
      bottomHeel = Double.NaN;
      bounds.lastBelowBottom.fill(t);
      traceFrom = t;
      return;
    }
    if (pending) {
      settle.track(t, x);
      bounds.trackSettling(v, t);
      rep.trackLanding(loadN(), accelDev());
      rep.trackSwing(swingLp.value());
      long settled = bounds.firstBelowDown.at(boundaryRate(bounds.descentPeakRate()));
      // at the marks, wait (up to the settle timeout) for the lowering mark: its last tenth is slow
      boolean markPassed =
          trace == null || signal.flatPath() || x < repBase + RepTrace.MARK * (peak - repBase);
      if (settled != Long.MIN_VALUE && markPassed) {
        finish(settled);
      } else if (settle.timedOut(t)) {
        finish(settle.lowTime());
      }
    }
    if (x - base > enter && v > 0 && footLoaded() && (!pending || x - settle.low() > enter)) {
      // after a rep a rise climbs from the lowering's low, not from a wobble (sway) late in it
      if (pending) {
        finish(settle.lowTime());
      }
      startRise(t);
    }
  }

  /** Whether the foot stands where its insole cannot see a rep; null with an IMU or no cells. */
  BlindWatch blindWatch() {
    return blind;
  }

  private boolean footLoaded() {
    return load == null || standing.loaded(load.total);
  }

  private double referenceRate() {
    // A rise of the reference amplitude over about a second: the scale of "moving".
    return referenceAmplitude > 0 ? referenceAmplitude : minRise;
  }

  private double boundaryRate(double peakRate) {
    double noise = cfg.noiseVelocityFactor() * Math.sqrt(noiseSq);
    return Math.max(cfg.boundaryVelocityFraction() * peakRate, noise);
  }

  private void startRise(long t) {
    state = Movement.RAISED;
    repSerial++;
    repBase = base;
    peak = x;
    peakTime = t;
    topSince = Long.MIN_VALUE;
    sway.start();
    bounds.startRise(v);
    // The live guide's onset: where the rate was last at rest before this rise, read at the rate
    // the rise is confirmed at, so the page can date its metronome back by the detection delay.
    long rested = bounds.upStartTimes.at(boundaryRate(v));
    riseStartMicros = (rested == Long.MIN_VALUE ? t : rested) - signal.delayMicros();
    repBottomHeel = bottomHeel;
    rep.start(loadN());
  }

  private void trackRep() {
    rep.track(loadN(), foreLp.value(), heelLp.value(), swingLp.value());
  }

  /** Gives up the rep under way and starts again from the current level as the bottom. */
  private void abandon(long t) {
    state = Movement.BOTTOM;
    base = x;
    bounds.lastBelowBottom.fill(t);
    traceFrom = t;
    if (blind != null) {
      blind.newLevel();
    }
  }

  /** Pressure alone, the rep not on the flat-floor path: the heel over a step edge, or unknown. */
  private boolean cellsOffFloor() {
    return load != null && !usePitch && !signal.flatPath();
  }

  /**
   * The rep rose from a stance with the heel seen hanging (over a step edge) on pressure alone: the
   * toes' sway moves the signal as much as a rep. Not a foot just set down, whose heel is not
   * known.
   */
  private boolean edgeOnCells() {
    return cellsOffFloor() && repBottomHeel == repBottomHeel;
  }

  private boolean unloaded() {
    return load != null && standing.unloaded(load.total);
  }

  private void raised(long t) {
    long topFrom = usePitch || topSince == Long.MIN_VALUE ? peakTime : Math.min(peakTime, topSince);
    if (t - topFrom > topLimitMicros() || unloaded()) {
      // Up too long (cells: since the top, the centre of pressure creeping on), or lifted.
      abandon(t);
      return;
    }
    trackRep();
    rep.trackShake(sustainedAccelDev());
    if (x > peak) {
      peak = x;
      peakTime = t;
    }
    bounds.trackRise(v, t);
    double vPeakUp = bounds.risePeakRate();
    if (v < 0.3 * vPeakUp && topSince == Long.MIN_VALUE) {
      topSince = t;
    }
    if (topSince != Long.MIN_VALUE
        && t - topSince > 300_000
        && Math.abs(v) < 0.3 * vPeakUp
        && x > peak - RepTrace.MARK * (peak - repBase)
        && load != null) {
      rep.trackTop(heelLp.value(), load.total);
    }
    if (x < peak - cfg.leaveTopFraction() * (peak - repBase)) {
      state = Movement.LOWERING;
      downSince = t;
      bounds.leaveTop(v);
    }
  }

  private void down(long t) {
    boolean lifted = unloaded();
    if (lifted && sway.reached()) {
      // lowered to the bottom, then lifted before a sway dip was told from it: it was back down
      backDown(sway.lowAt(), sway.low());
      return;
    }
    if (t - downSince > topLimitMicros() || lifted) {
      abandon(t);
      return;
    }
    trackRep();
    double amp = peak - repBase;
    if (!rep.landing && x < repBase + 0.75 * amp) {
      rep.landing = true;
    }
    if (rep.landing) {
      rep.trackLanding(loadN(), accelDev());
    } else {
      rep.trackShake(sustainedAccelDev());
    }
    bounds.trackDescent(v, t, x > repBase + 0.5 * amp);
    if (sway.back(t, x, x < repBase + cfg.returnFraction() * amp, edgeOnCells())) {
      backDown(t, x);
    }
  }

  private void backDown(long t, double at) {
    state = Movement.BOTTOM;
    pending = true;
    settle.start(t, at);
    bounds.lastBelowBottom.fill(t);
  }

  private void finish(long rawDownEnd) {
    pending = false;
    double vUp = boundaryRate(bounds.risePeakRate());
    double vDown = boundaryRate(bounds.descentPeakRate());
    boolean minJerk =
        usePitch || repBottomHeel != repBottomHeel || repBottomHeel < cfg.minBottomHeelFraction();
    bounds.resolve(vUp, vDown, peakTime, rawDownEnd, minJerk);
    // the four phase times: rise start, hold start, lowering start, lowering end
    long[] p = {bounds.upStart, bounds.holdStart, bounds.downStart, bounds.downEnd};
    double amp = peak - repBase;
    boolean marked =
        trace != null
            && !signal.flatPath()
            && (edgeOnCells()
                ? trace.readSmoothed(
                    repBase,
                    settle.low(),
                    EdgeSway.notBefore(traceFrom, p),
                    rawDownEnd,
                    EdgeSway.SMOOTH_MICROS)
                : trace.read(repBase, settle.low(), peak, traceFrom, rawDownEnd));
    // a slow rise pausing on its way (sweep "slow partial rises") can read 0.2 s long by the rate;
    // where its own curve rises for a second or more, that is the rise it was
    boolean slow = marked && trace.holdStart - trace.upStart >= cfg.minRepMillis() * 1000;
    long rise = slow ? trace.holdStart - trace.upStart : p[1] - p[0];
    long whole = slow ? trace.downEnd - trace.upStart : p[3] - p[0];
    // the heel came down in the hold and rises again at once: that re-rise is the second half of
    // a rep held back (HeelDipJoiner), and only as such is it quick enough to count
    long minUp = cfg.minUpMillis() * 1000;
    boolean reRise = dips.holding() && rise < minUp;
    long judged = reRise ? minUp : rise;
    if (!rep.accepted(cfg, judged, whole, amp, minRise, load != null, standing.ownLoadN())) {
      return;
    }
    RepTrace smoothed = edgeOnCells() && marked ? trace : null;
    if (cellsOffFloor() && !EdgeSway.rep(whole, smoothed, minRise)) {
      return; // over a step edge, on pressure alone: the toes' sway, not a rep
    }
    boolean jolt = marked && trace.jolt(minUp);
    PhaseTiming timing = PhaseTiming.RATE;
    if (signal.flatPath()) {
      if (!rep.heelLeft(repBottomHeel)) {
        return; // the heel never left the floor: a squat or a lean forward, not a heel raise
      }
      boolean heelOff = trace != null && rep.topHeelMax <= cfg.heelTopFraction() * repBottomHeel;
      p =
          FlatFloorTiming.time(
              cfg,
              p,
              prescribedRepMillis,
              () ->
                  heelOff && trace.read(repBase, settle.low(), peak, traceFrom, rawDownEnd)
                      ? trace
                      : null);
      timing = PhaseTiming.HEEL_LOAD;
    }
    long delay = signal.delayMicros();
    double holdLoad = rep.holdLoad();
    long moveStart = p[0] - delay;
    long moveEnd = p[3] - delay;
    if (cfg.phaseMarks()) {
      // where the rate left and came back to rest (moved out by a model, even rests read BOUNCE)
      moveStart = bounds.rateUpStart - delay;
      moveEnd = bounds.rateDownEnd - delay;
    }
    if (load != null) {
      // the load shifts as the movement starts (a foot put down to rise on two), not at its mark
      loads.measureShift(moveStart, p[3] - delay);
      if (loads.steppedThrough(moveStart, p[1] - p[0], p[3] - delay)) {
        return; // the other foot stepped through as this heel rose: a lunge's rear foot
      }
    }
    referenceAmplitude = jolt ? referenceAmplitude : Math.max(referenceAmplitude, amp);
    double standingN = standingLoad(p[0]);
    if (marked) {
      // the phases are timed at the marks a biomechanist reads (docs/phases.md)
      p = trace.marks();
      timing = PhaseTiming.MARKS;
    } else if (cfg.phaseMarks()) {
      // no marks to read (flat floor without IMU, rep not whole in the trace): where they would be
      p = signal.flatPath() ? FlatFloorTiming.marks(p) : FlatFloorTiming.minJerkMarks(p);
    }
    if (timing == PhaseTiming.HEEL_LOAD && !cfg.phaseMarks()) {
      // without the marks too: the heel's rest as the cells saw it, not the flat-floor model's
      moveStart = bounds.rateUpStart - delay;
      moveEnd = bounds.rateDownEnd - delay;
    }
    traceFrom = Math.max(traceFrom, p[3]);
    double height = usePitch ? PitchTracker.heelHeightMm(pivotMm, peak, repBase) : Double.NaN;
    repsOffered++;
    dips.offer(
        reRise,
        new FootRep(
            track,
            layout.side(),
            p[0] - delay,
            p[1] - delay,
            p[2] - delay,
            p[3] - delay,
            amp,
            usePitch ? amp : Double.NaN,
            height,
            load == null ? Double.NaN : rep.foreMax,
            load == null ? Double.NaN : repBottomHeel,
            load == null ? Double.NaN : rep.topHeelMax,
            holdLoad > 0 ? rep.landingLoadMax / Math.max(holdLoad, standingN) : Double.NaN,
            pitch != null && layout.hasAccelerometer() ? rep.landingAccelMax : Double.NaN,
            rep.meanLoad(),
            Double.NaN,
            usePitch && amp > 0 ? bounds.descentPeakRate() / amp : Double.NaN,
            false,
            jolt,
            load == null ? Double.NaN : loads.shiftRatio(),
            load == null ? Double.NaN : loads.shiftMillis(),
            moveStart,
            moveEnd,
            timing));
  }

  private void releaseHeldIfStale(long t) {
    if (state == Movement.BOTTOM && !pending) {
      dips.releaseIfStale(t - signal.delayMicros());
    }
  }

  /** This foot's load just before the rise, the reference a landing impact is measured against. */
  private double standingLoad(long upStartMicros) {
    return load == null ? Double.NaN : loads.at(upStartMicros - signal.delayMicros() - 300_000);
  }

  /** True while a rep is under way or waiting to settle, so the other foot can wait for it. */
  boolean active() {
    return state != Movement.BOTTOM || pending || dips.holding();
  }

  /** Where the foot is in a rep now, for the live tempo guide. */
  Movement movement() {
    return state;
  }

  /** When the rep under way began (sample micros), once its rise is confirmed; MIN_VALUE before. */
  long riseStartMicros() {
    return riseStartMicros;
  }

  int repSerial() {
    return repSerial;
  }

  /** The foot's pitch now (toes down positive), in degrees; NaN without an IMU. */
  double pitchDegrees() {
    return pitch == null ? Double.NaN : pitch.pitchDegrees();
  }

  /**
   * The heel's height above where it stood (in a rep: the rep's base), mm, from the pitch about the
   * pivot as the rep's peak height is; NaN without an IMU or an insole length.
   */
  double heelRiseMm() {
    return usePitch && baseKnown
        ? PitchTracker.heelHeightMm(pivotMm, x, state == Movement.BOTTOM ? base : repBase)
        : Double.NaN;
  }

  double bodyLoadN() {
    return standing.bodyLoadN();
  }

  /** The person's body load learnt by the other insole (see {@link StandingLoad}). */
  void personLoadN(double newtons) {
    standing.personLoadN(newtons);
  }

  /** Flushes a rep waiting to settle at the end of input. */
  void flush() {
    if (pending) {
      finish(settle.lowTime());
    }
    dips.flush();
  }

  int stateBytes() {
    return bounds.stateBytes()
        + (load == null ? 0 : load.stateBytes())
        + loads.stateBytes()
        + (trace == null ? 0 : trace.stateBytes())
        + (creep == null ? 0 : creep.stateBytes())
        + 512;
  }
}
