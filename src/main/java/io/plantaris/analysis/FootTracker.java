package io.plantaris.analysis;

import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.SensorLayout;

/**
 * Segments one insole's stream into heel raises: a rise signal (foot pitch when the insole has an
 * IMU, else the forward travel of the centre of pressure) is low-passed, and a three-state machine
 * (bottom, raised, down) with hysteresis relative to the rep's own amplitude finds each rep. Phase
 * boundaries are where the rise rate crosses a fraction of that phase's peak rate, so they mark the
 * start and end of movement whatever the person's speed or range.
 */
final class FootTracker {
  /** Receives the reps this foot completes. */
  interface Sink {
    void onFootRep(FootRep rep);
  }

  private final int track;
  private final SensorLayout layout;
  private final AnalysisConfig cfg;
  private final Sink sink;
  private final LoadFeatures load;
  private final PitchTracker pitch;
  private final boolean usePitch;
  private final LowPass pos1;
  private final LowPass pos2;
  private final LowPass vel;
  private final LowPass flat1;
  private final LowPass flat2;
  private final LowPass flat3;
  private final LowPass flatVel;
  private final LowPass heelLp;
  private final LowPass foreLp;
  private final LowPass accelLp;
  private final long smoothDelayMicros;
  private final long flatDelayMicros;
  private long delayMicros;
  private boolean flatPath;
  private double prevFlatX;
  private final double minRise;
  private final double jump;
  private final double pivotMm;
  private final long nominalDtMicros;
  private final double baseAlpha;

  private final BoundaryTimes lastBelowBottom;
  private final BoundaryTimes upStartTimes;
  private final BoundaryTimes firstBelowUp;
  private final BoundaryTimes lastBelowTop;
  private final BoundaryTimes downStartTimes;
  private final BoundaryTimes firstBelowDown;

  private long prevT = Long.MIN_VALUE;
  private double prevX;
  private double prevRaw;
  private double x;
  private double v;
  private double noiseSq;
  private double base;
  private boolean baseKnown;
  private double referenceAmplitude;
  private double bottomHeel = Double.NaN;
  private long unloadedAt = Long.MIN_VALUE / 2;
  private final StandingLoad standing;

  private Movement state = Movement.BOTTOM;
  private final HeelDipJoiner dips;
  private final TimeRing loadRing;
  private int repSerial;
  private double repBase;
  private double peak;
  private long peakTime;
  private double vPeakUp;
  private long topSince;
  private long downSince;
  private double vPeakDown;
  private double repBottomHeel;
  private double topHeelMax;
  private double topLoadSum;
  private int topLoadCount;
  private double foreMax;
  private double loadSum;
  private int loadCount;
  private double loadAtStart;
  private double minLoad;
  private double maxAccelDev;
  private double landingLoadMax;
  private double landingAccelMax;
  private boolean landing;
  private boolean pending;
  private long pendingSince;
  private long bottomMinTime;
  private double bottomMin;

  FootTracker(int track, SensorLayout layout, AnalysisConfig cfg, Sink sink) {
    this.track = track;
    this.layout = layout;
    this.cfg = cfg;
    this.sink = sink;
    this.dips = new HeelDipJoiner(cfg, sink);
    double fs = layout.sampleRateHz();
    this.load = layout.cellCount() > 0 ? new LoadFeatures(layout, cfg) : null;
    this.pitch = layout.hasImu() ? new PitchTracker(cfg) : null;
    this.usePitch = pitch != null;
    double fc = usePitch ? cfg.pitchCutoffHz() : cfg.pressureCutoffHz();
    pos1 = new LowPass(fc, fs);
    pos2 = new LowPass(fc, fs);
    vel = new LowPass(fc, fs);
    heelLp = new LowPass(cfg.pressureCutoffHz(), fs);
    foreLp = new LowPass(cfg.pressureCutoffHz(), fs);
    accelLp = new LowPass(cfg.accelRejectCutoffHz(), fs);
    int poles = usePitch ? 2 : 3;
    smoothDelayMicros = Math.round((poles * LowPass.delaySeconds(fc) + 0.5 / fs) * 1e6);
    delayMicros = smoothDelayMicros;
    // Pressure only on a flat floor: the heel unloads within a few degrees, so its timing needs
    // a sharper filter than the slow roll of the load over a step edge.
    double ff = cfg.flatPressureCutoffHz();
    flat1 = new LowPass(ff, fs);
    flat2 = new LowPass(ff, fs);
    flat3 = new LowPass(ff, fs);
    flatVel = new LowPass(ff, fs);
    flatDelayMicros = Math.round((3 * LowPass.delaySeconds(ff) + 0.5 / fs) * 1e6);
    minRise =
        usePitch
            ? cfg.minRiseDegrees()
            : cfg.minRiseInsoleFraction() * Math.max(layout.insoleLengthMm(), 100);
    jump =
        usePitch
            ? cfg.jumpDegrees()
            : cfg.jumpInsoleFraction() * Math.max(layout.insoleLengthMm(), 100);
    pivotMm = layout.insoleLengthMm() > 0 ? cfg.pivotFraction() * layout.insoleLengthMm() : 0;
    nominalDtMicros = Math.round(1e6 / fs);
    baseAlpha = 1 - Math.exp(-1 / (0.5 * fs));
    standing = new StandingLoad(cfg, baseAlpha);
    double smallest = usePitch ? 0.05 : 0.05;
    loadRing = new TimeRing(fs, 16);
    lastBelowBottom = new BoundaryTimes(smallest);
    upStartTimes = new BoundaryTimes(smallest);
    firstBelowUp = new BoundaryTimes(smallest);
    lastBelowTop = new BoundaryTimes(smallest);
    downStartTimes = new BoundaryTimes(smallest);
    firstBelowDown = new BoundaryTimes(smallest);
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
    }
    double raw = usePitch ? pitch.pitchDegrees() : unloaded() ? prevRaw : load.copYMm;
    if (prevT != Long.MIN_VALUE
        && state == Movement.BOTTOM
        && !pending
        && Math.abs(raw - prevRaw) > jump) {
      // A step in one sample is no heel raise (stepping onto a step, a glitch): move the
      // baseline with it instead of letting the filters turn it into a rise.
      base += raw - prevRaw;
      bottomHeel = Double.NaN;
      pos1.reset(pos1.value() + raw - prevRaw);
      pos2.reset(pos2.value() + raw - prevRaw);
      flat1.reset(flat1.value() + raw - prevRaw);
      flat2.reset(flat2.value() + raw - prevRaw);
      flat3.reset(flat3.value() + raw - prevRaw);
      prevX += raw - prevRaw;
      prevFlatX += raw - prevRaw;
    }
    prevRaw = raw;
    double xs = pos1.apply(raw);
    if (!usePitch) {
      xs = pos2.apply(xs);
    }
    double dx = prevT == Long.MIN_VALUE ? 0 : (xs - prevX) / dt;
    prevX = xs;
    x = xs;
    v = vel.apply(dx);
    if (!usePitch) {
      double fx = flat3.apply(flat2.apply(flat1.apply(raw)));
      double fv = flatVel.apply(prevT == Long.MIN_VALUE ? 0 : (fx - prevFlatX) / dt);
      prevFlatX = fx;
      if (state == Movement.BOTTOM && !pending) {
        flatPath = bottomHeel == bottomHeel && bottomHeel >= cfg.minBottomHeelFraction();
        delayMicros = flatPath ? flatDelayMicros : smoothDelayMicros;
      }
      if (flatPath) {
        x = fx;
        v = fv;
      }
    }
    prevT = t;
    if (load != null) {
      loadRing.add(t, load.total);
      if (unloaded()) {
        unloadedAt = t;
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

  private double currentLoad() {
    return load == null ? Double.NaN : load.total;
  }

  private double accelDev() {
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
    lastBelowBottom.markLastBelow(absV, t);
    double stillRate = Math.max(0.05 * referenceRate(), 1e-9);
    boolean still = absV < stillRate;
    if (still && !pending) {
      noiseSq += 0.01 * (v * v - noiseSq);
      base += baseAlpha * (x - base);
      if (load != null) {
        bottomHeel = Double.isNaN(bottomHeel) ? heelLp.value() : bottomHeel;
        bottomHeel += baseAlpha * (heelLp.value() - bottomHeel);
      }
    }
    if (x < base && still) {
      base += 4 * baseAlpha * (x - base);
    }
    if (load != null) {
      standing.track(t, load.total, still);
    }
    boolean reloading = t - unloadedAt < cfg.reloadSettleMillis() * 1000;
    if (reloading && !pending) {
      // the foot was just set down somewhere (onto or off a step): its new level is the bottom,
      // and its heel load there (flat floor or over a step edge) is learnt afresh
      base = x;
      bottomHeel = Double.NaN;
      lastBelowBottom.fill(t);
      return;
    }
    if (pending) {
      if (x < bottomMin) {
        bottomMin = x;
        bottomMinTime = t;
      }
      firstBelowDown.markFirstBelow(absV, t);
      trackLanding();
      long settled = firstBelowDown.at(boundaryRate(-vPeakDown));
      if (settled != Long.MIN_VALUE) {
        finish(settled);
      } else if (t - pendingSince > cfg.settleTimeoutMillis() * 1000) {
        finish(bottomMinTime);
      }
    }
    double enter = Math.max(minRise, cfg.enterRangeFraction() * referenceAmplitude);
    if (x - base > enter && v > 0 && footLoaded()) {
      if (pending) {
        finish(bottomMinTime);
      }
      startRise(t);
    }
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
    vPeakUp = v;
    vPeakDown = 0;
    topSince = Long.MIN_VALUE;
    upStartTimes.copyFrom(lastBelowBottom);
    firstBelowUp.clear();
    lastBelowTop.clear();
    repBottomHeel = bottomHeel;
    topHeelMax = Double.NaN;
    topLoadSum = 0;
    topLoadCount = 0;
    foreMax = Double.NaN;
    loadSum = 0;
    loadCount = 0;
    loadAtStart = currentLoad();
    minLoad = Double.POSITIVE_INFINITY;
    maxAccelDev = 0;
    landingLoadMax = 0;
    landingAccelMax = 0;
    landing = false;
  }

  private void trackRep() {
    double l = currentLoad();
    if (l == l) {
      loadSum += l;
      loadCount++;
      minLoad = Math.min(minLoad, l);
      double f = foreLp.value();
      foreMax = foreMax == foreMax ? Math.max(foreMax, f) : f;
    }
  }

  /** Gives up the rep under way and starts again from the current level as the bottom. */
  private void abandon(long t) {
    state = Movement.BOTTOM;
    base = x;
    lastBelowBottom.fill(t);
  }

  private boolean unloaded() {
    return load != null && standing.unloaded(load.total);
  }

  private void raised(long t) {
    if (t - peakTime > cfg.maxHoldMillis() * 1000 || unloaded()) {
      // Up and still for too long, or the foot left the ground: not a heel raise.
      abandon(t);
      return;
    }
    trackRep();
    maxAccelDev = Math.max(maxAccelDev, sustainedAccelDev());
    if (x > peak) {
      peak = x;
      peakTime = t;
    }
    if (v > vPeakUp) {
      vPeakUp = v;
      firstBelowUp.clear();
    } else {
      firstBelowUp.markFirstBelow(Math.max(v, 0), t);
    }
    lastBelowTop.markLastBelow(Math.abs(v), t);
    if (v < 0.3 * vPeakUp && topSince == Long.MIN_VALUE) {
      topSince = t;
    }
    if (topSince != Long.MIN_VALUE
        && t - topSince > 300_000
        && Math.abs(v) < 0.3 * vPeakUp
        && load != null) {
      // At the top: heel loading and the load of the hold.
      double h = heelLp.value();
      topHeelMax = topHeelMax == topHeelMax ? Math.max(topHeelMax, h) : h;
      topLoadSum += load.total;
      topLoadCount++;
    }
    if (x < peak - cfg.leaveTopFraction() * (peak - repBase)) {
      state = Movement.LOWERING;
      downSince = t;
      downStartTimes.copyFrom(lastBelowTop);
      vPeakDown = v;
      firstBelowDown.clear();
    }
  }

  private void down(long t) {
    if (t - downSince > cfg.maxHoldMillis() * 1000 || unloaded()) {
      abandon(t);
      return;
    }
    trackRep();
    double amp = peak - repBase;
    if (!landing && x < repBase + 0.75 * amp) {
      landing = true;
    }
    if (landing) {
      trackLanding();
    } else {
      maxAccelDev = Math.max(maxAccelDev, sustainedAccelDev());
    }
    if (v < vPeakDown) {
      vPeakDown = v;
      firstBelowDown.clear();
    } else {
      firstBelowDown.markFirstBelow(Math.abs(Math.min(v, 0)), t);
    }
    if (x < repBase + cfg.returnFraction() * amp) {
      state = Movement.BOTTOM;
      pending = true;
      pendingSince = t;
      bottomMin = x;
      bottomMinTime = t;
      lastBelowBottom.fill(t);
    }
  }

  private void trackLanding() {
    double l = currentLoad();
    if (l == l) {
      landingLoadMax = Math.max(landingLoadMax, l);
    }
    landingAccelMax = Math.max(landingAccelMax, accelDev());
  }

  private void finish(long rawDownEnd) {
    pending = false;
    double vUp = boundaryRate(vPeakUp);
    double vDown = boundaryRate(-vPeakDown);
    long upStart = upStartTimes.at(vUp);
    long holdStart = firstBelowUp.at(vUp);
    long downStart = downStartTimes.at(vDown);
    boolean holdSeen = holdStart != Long.MIN_VALUE;
    if (holdStart == Long.MIN_VALUE) {
      holdStart = peakTime;
    }
    if (downStart == Long.MIN_VALUE || downStart < holdStart) {
      downStart = Math.max(holdStart, Math.min(peakTime, rawDownEnd));
      holdStart = Math.min(holdStart, downStart);
    }
    if (upStart == Long.MIN_VALUE) {
      upStart = holdStart;
    }
    long downEnd = Math.max(rawDownEnd, downStart);
    if (usePitch || repBottomHeel != repBottomHeel || repBottomHeel < cfg.minBottomHeelFraction()) {
      // The rate crosses the boundary level a little after the movement starts and before it
      // ends; for a smooth voluntary movement (minimum jerk, Flash and Hogan 1985) how much is
      // known from the level's fraction of the peak rate, so the boundaries are moved out by it.
      double lu = BoundaryTimes.minJerkLead(vUp / Math.max(vPeakUp, 1e-9));
      double ld = BoundaryTimes.minJerkLead(vDown / Math.max(-vPeakDown, 1e-9));
      long u = Math.round((holdStart - upStart) * lu / (1 - 2 * lu));
      long d = Math.round((downEnd - downStart) * ld / (1 - 2 * ld));
      upStart -= u;
      downEnd += d;
      if (holdSeen && downStart - holdStart > 0) {
        long room = downStart - holdStart;
        long extend = Math.min(u + d, room);
        holdStart += extend * u / Math.max(1, u + d);
        downStart -= extend * d / Math.max(1, u + d);
      }
    }
    double amp = peak - repBase;
    if (!accepted(upStart, holdStart, downEnd, amp)) {
      return;
    }
    if (flatPath) {
      long[] p = FlatFloorTiming.phases(cfg, upStart, holdStart, downStart, downEnd);
      if (p == null) {
        return;
      }
      upStart = p[0];
      holdStart = p[1];
      downStart = p[2];
      downEnd = p[3];
    }
    referenceAmplitude = Math.max(referenceAmplitude, amp);
    double holdLoad = topLoadCount > 0 ? topLoadSum / topLoadCount : Double.NaN;
    double peakPitch = usePitch ? amp : Double.NaN;
    double height =
        usePitch && pivotMm > 0
            ? pivotMm * (Math.sin(Math.toRadians(peak)) - Math.sin(Math.toRadians(repBase)))
            : Double.NaN;
    FootRep rep =
        new FootRep(
            track,
            layout.side(),
            upStart - delayMicros,
            holdStart - delayMicros,
            downStart - delayMicros,
            downEnd - delayMicros,
            amp,
            peakPitch,
            height,
            load == null ? Double.NaN : foreMax,
            load == null ? Double.NaN : repBottomHeel,
            load == null ? Double.NaN : topHeelMax,
            holdLoad > 0 ? landingLoadMax / Math.max(holdLoad, standingLoad(upStart)) : Double.NaN,
            pitch != null && layout.hasAccelerometer() ? landingAccelMax : Double.NaN,
            loadCount > 0 ? loadSum / loadCount : Double.NaN,
            Double.NaN,
            usePitch && amp > 0 ? -vPeakDown / amp : Double.NaN,
            false,
            loadDropAtRise(upStart));
    release(rep);
  }

  private void release(FootRep rep) {
    dips.offer(rep);
  }

  private void releaseHeldIfStale(long t) {
    if (state == Movement.BOTTOM && !pending) {
      dips.releaseIfStale(t - delayMicros);
    }
  }

  /** This foot's load just before the rise, the reference a landing impact is measured against. */
  private double standingLoad(long upStartMicros) {
    return load == null ? Double.NaN : loadRing.at(upStartMicros - delayMicros - 300_000);
  }

  private double loadDropAtRise(long upStartMicros) {
    if (load == null) {
      return Double.NaN;
    }
    double before = loadRing.at(upStartMicros - delayMicros - 300_000);
    double after = loadRing.at(upStartMicros - delayMicros + 300_000);
    return before > 0 ? after / before : Double.NaN;
  }

  /** Walking and stamping look like fast, unloaded or shaky rises; a heel raise is none of them. */
  private boolean accepted(long upStart, long holdStart, long downEnd, double amp) {
    if (holdStart - upStart < cfg.minUpMillis() * 1000
        || downEnd - upStart < cfg.minRepMillis() * 1000) {
      return false;
    }
    if (maxAccelDev > cfg.maxAccelDeviationG()) {
      return false;
    }
    if (load != null && loadAtStart > 0 && minLoad < cfg.minLoadFraction() * loadAtStart) {
      return false;
    }
    double own = standing.ownLoadN();
    if (load != null && own > 0 && loadAtStart < cfg.minLoadFraction() * own) {
      // a foot resting on its toes carries next to nothing: its toes moving are no heel raise
      return false;
    }
    return amp >= minRise;
  }

  /** True while a rep is under way or waiting to settle, so the other foot can wait for it. */
  boolean active() {
    return state != Movement.BOTTOM || pending || dips.holding();
  }

  Movement movement() {
    return state;
  }

  int repSerial() {
    return repSerial;
  }

  double loadN() {
    return currentLoad();
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
      finish(bottomMinTime);
    }
    dips.flush();
  }

  int stateBytes() {
    return 6 * upStartTimes.stateBytes()
        + (load == null ? 0 : load.stateBytes())
        + loadRing.stateBytes()
        + 512;
  }
}
