package io.plantaris.analysis;

import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.Recording;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Analyses the insoles of one person together: each insole is segmented on its own, reps the two
 * feet do at the same time become one two-legged rep, every rep is judged against the prescription,
 * and reps are grouped into sets. Fed one sample at a time; allocates only when a rep completes.
 */
public final class PersonAnalyzer {
  private final SensorLayout[] layouts;
  private final FootTracker[] trackers;

  /** The prescribed time of one rep of the set under way. */
  private long repMillis;

  /** The movement end of the last rep emitted (see {@link FootRep#moveEndMicros}). */
  private long lastMoveEndMicros = Long.MIN_VALUE;

  private RepJudge judge;
  private RepDoubts doubter;
  private final Set<RepFlag> observableFlat;
  private final Set<RepFlag> observableStep;
  private final boolean hasImu;
  private final SetTracker sets;
  private final AnalysisConfig cfg;
  private final AnalysisListener listener;

  /** When each insole stood where it could not see a rep. */
  private final BlindSpells blind;

  private final FootRep[] pendingRep;
  private final double[] latestLoad;
  private final double[] sumOwn;
  private final double[] sumOther;
  private final StepWatch steps;
  private final FreeFootWatch freeFoot;
  private final int[] serial;
  private final double[][] topAmplitudes;
  private final int[] ampCount;

  /** Per track: the highest heel lift of its reps so far, mm; 0 before any or without an IMU. */
  private final double[] tallestMm;

  /** The mean loads of the last reps, for the body-weight estimate of a single insole. */
  private final RecentMedian repLoads = new RecentMedian(15);

  /** Holes in the samples: the same rule live and offline (see DataGapPolicy). */
  private final DataGapPolicy gaps;

  /** The track whose foot did the last rep alone: the working leg of a single-leg set. */
  private int workingTrack = -1;

  private long nowMicros = Long.MIN_VALUE;

  /** Asked for the prescription in force as each set starts; null keeps the first one. */
  private Supplier<Prescription> prescriptions;

  /**
   * @param layouts one per track, in track order
   * @param onlySide analyse only the insole(s) on this side; null or UNKNOWN analyses all
   */
  public PersonAnalyzer(
      List<SensorLayout> layouts,
      Prescription prescription,
      AnalysisConfig config,
      Side onlySide,
      AnalysisListener listener) {
    int n = layouts.size();
    this.layouts = layouts.toArray(new SensorLayout[0]);
    this.cfg = config;
    this.listener = listener;
    blind = new BlindSpells(this.layouts, listener);
    repMillis = prescription.tempo().repMillis();
    trackers = new FootTracker[n];
    pendingRep = new FootRep[n];
    latestLoad = new double[n];
    sumOwn = new double[n];
    sumOther = new double[n];
    steps = new StepWatch(config, n);
    freeFoot = new FreeFootWatch(n);
    serial = new int[n];
    gaps = new DataGapPolicy(layouts, DataGapPolicy.Config.DEFAULTS);
    Arrays.fill(latestLoad, Double.NaN);
    topAmplitudes = new double[n][2];
    ampCount = new int[n];
    tallestMm = new double[n];
    for (int i = 0; i < n; i++) {
      SensorLayout l = layouts.get(i);
      if (onlySide == null || onlySide == Side.UNKNOWN || l.side() == onlySide) {
        trackers[i] = newTracker(i);
      }
    }
    judge = new RepJudge(prescription, config);
    doubter = new RepDoubts(prescription, config, RepDoubts.Config.DEFAULTS);
    observableFlat = FlagObservability.observable(layouts, true);
    hasImu = layouts.stream().anyMatch(SensorLayout::hasImu);
    observableStep = FlagObservability.observable(layouts, false);
    sets = new SetTracker(prescription, config, listener);
  }

  /** An analyser for all tracks of {@code recording}. */
  public static PersonAnalyzer forRecording(
      Recording recording,
      Prescription prescription,
      AnalysisConfig config,
      Side onlySide,
      AnalysisListener listener) {
    List<SensorLayout> layouts = new ArrayList<>();
    for (Track t : recording.tracks()) {
      layouts.add(t.layout());
    }
    return new PersonAnalyzer(layouts, prescription, config, onlySide, listener);
  }

  /** Replays a whole recording through a new analyser and flushes it. */
  public static void analyze(
      Recording recording,
      Prescription prescription,
      AnalysisConfig config,
      Side onlySide,
      AnalysisListener listener) {
    PersonAnalyzer a = forRecording(recording, prescription, config, onlySide, listener);
    recording.replay(a::accept);
    a.finish();
  }

  /** Feeds one sample of track {@code trackIndex}; samples of all tracks in time order. */
  public void accept(int trackIndex, InsoleSample sample) {
    if (gaps.holeBefore(trackIndex, sample.timeMicros)) {
      dataGap(trackIndex, sample.timeMicros);
    }
    FootTracker t = trackers[trackIndex];
    if (t == null) {
      return;
    }
    nowMicros = sample.timeMicros;
    int other = other(trackIndex);
    if (other >= 0) {
      t.personLoadN(trackers[other].bodyLoadN());
    }
    t.accept(sample);
    blind.update(trackIndex, t.blindWatch(), nowMicros);
    latestLoad[trackIndex] = t.loadN();
    if (other >= 0) {
      steps.sample(trackIndex, sample, t.accelDev(), latestLoad[trackIndex], latestLoad[other]);
    }
    if (t.active()) {
      if (serial[trackIndex] != t.repSerial()) {
        serial[trackIndex] = t.repSerial();
        sumOwn[trackIndex] = 0;
        sumOther[trackIndex] = 0;
      }
      if (other >= 0 && latestLoad[other] == latestLoad[other]) {
        sumOwn[trackIndex] += latestLoad[trackIndex];
        sumOther[trackIndex] += latestLoad[other];
      }
    }
    for (int i = 0; i < pendingRep.length; i++) {
      if (pendingRep[i] != null) {
        int o = other(i);
        if (o < 0
            || !trackers[o].active()
            || nowMicros - pendingRep[i].downEndMicros() > cfg.maxPendingMillis() * 1000) {
          FootRep p = pendingRep[i];
          pendingRep[i] = null;
          emit(p, null);
        }
      }
    }
    sets.tick(restSinceMicros());
  }

  /**
   * How far the rest since the set's last rep reaches: now, or the start of a rep still under way
   * or still being judged (its set is decided when it is added, not by the clock while it runs:
   * after reps were lost the clock could otherwise close a set the rep under way belongs to).
   */
  private long restSinceMicros() {
    long t = nowMicros;
    for (FootTracker f : trackers) {
      if (f != null && f.active() && f.riseStartMicros() != Long.MIN_VALUE) {
        t = Math.min(t, f.riseStartMicros());
      }
    }
    for (FootRep p : pendingRep) {
      if (p != null) {
        t = Math.min(t, p.upStartMicros());
      }
    }
    return t;
  }

  /**
   * Samples of track {@code trackIndex} were lost just before the next one (a pulled cable, a radio
   * dropout; {@link DataGapPolicy} decides): reps that insole finished are released, the rep under
   * way is dropped rather than judged on a signal with a hole in it, and the foot's signal
   * processing starts afresh with the next sample, as at the start of a recording. Sets, rep
   * numbers and the person's references (full range, body load) carry on.
   */
  private void dataGap(int trackIndex, long resumeMicros) {
    FootTracker t = trackers[trackIndex];
    if (t == null) {
      return;
    }
    t.flush();
    blind.end(trackIndex, nowMicros);
    gaps.restarted(trackIndex, resumeMicros);
    trackers[trackIndex] = newTracker(trackIndex);
    BlindWatch.carry(t.blindWatch(), trackers[trackIndex].blindWatch(), resumeMicros - nowMicros);
  }

  /** A fresh tracker of track {@code i}, told the prescribed rep of the set under way. */
  private FootTracker newTracker(int i) {
    FootTracker t = new FootTracker(i, layouts[i], cfg, rep -> onFootRep(i, rep));
    t.prescribedRepMillis(repMillis);
    return t;
  }

  /**
   * From the next set on, judges each set against the prescription {@code source} gives when the
   * set's first rep is judged, so a change made between sets applies to the next one. The source is
   * asked once per set, on the analysing thread.
   */
  public void prescriptionPerSet(Supplier<Prescription> source) {
    prescriptions = source;
  }

  /**
   * Numbers the next set {@code setsDone + 1}: the person's session carries on from sets analysed
   * before (a service restart, a rebuilt analyser). Only while no set is open.
   */
  public void continueAfterSet(int setsDone) {
    sets.continueAfter(setsDone);
  }

  /**
   * Carries on a session the service was analysing when it crashed: the set it had open (its reps,
   * already reported) is reopened, so numbering goes on and it gets its summary, and since the
   * first samples now come mid-stream, a rep under way at the crash is dropped (its start was lost
   * with the crash) rather than judged from its end. Call before the first sample.
   */
  public void resumeAfterCrash(int setsDone, List<RepEvent> openSet) {
    sets.continueAfter(setsDone);
    sets.resume(openSet);
    gaps.startMidStream();
  }

  /** The reps of the set still open, already reported; empty between sets. */
  public List<RepEvent> openSet() {
    return sets.openReps();
  }

  /**
   * No sample of any insole came until {@code nowMicros} (analysis time, estimated by the caller
   * from the wall clock): once that silence exceeds the rest between sets, the reps the feet
   * finished are released and the open set closes, without waiting for more data.
   */
  public void idle(long nowMicros) {
    if (this.nowMicros == Long.MIN_VALUE || nowMicros - this.nowMicros <= cfg.restMillis() * 1000) {
      return;
    }
    releaseFinished();
    sets.tick(nowMicros);
  }

  /**
   * The insoles went offline, or the person said the session is over: the reps they finished are
   * released, a time an insole could not see is reported as far as it went, and the open set closes
   * now. Analysis may go on when they come back; set and rep numbers carry on.
   */
  public void closeSet() {
    releaseFinished();
    blind.reportSoFar(nowMicros);
    sets.close();
  }

  private void releaseFinished() {
    for (FootTracker t : trackers) {
      if (t != null) {
        t.flush();
      }
    }
    for (int i = 0; i < pendingRep.length; i++) {
      if (pendingRep[i] != null) {
        FootRep p = pendingRep[i];
        pendingRep[i] = null;
        emit(p, null);
      }
    }
  }

  /**
   * The insole of {@code trackIndex} stands where it cannot see a heel raise now (see {@link
   * BlindStance}), and why; null while it can. The live page says so instead of counting nothing in
   * silence.
   */
  public BlindStance.Reason blind(int trackIndex) {
    return blind.reason(trackIndex);
  }

  /** Flushes reps still settling and the open set at the end of input. */
  public void finish() {
    for (int i = 0; i < blind.tracks(); i++) {
      blind.end(i, nowMicros);
    }
    releaseFinished();
    sets.close();
  }

  /**
   * Between sets: no set open, no rep waiting to be reported, every foot at the bottom. What is
   * reported from now on belongs to no set or rep reported before.
   */
  public boolean betweenSets() {
    if (sets.open()) {
      return false;
    }
    for (int i = 0; i < trackers.length; i++) {
      if (pendingRep[i] != null || movement(i) != Movement.BOTTOM) {
        return false;
      }
    }
    return true;
  }

  /** Where the foot of {@code trackIndex} is in a rep now; BOTTOM for a track not analysed. */
  public Movement movement(int trackIndex) {
    FootTracker t = trackers[trackIndex];
    return t == null ? Movement.BOTTOM : t.movement();
  }

  /**
   * When the rep under way on {@code trackIndex} began (analysis micros), known from the moment the
   * rise is confirmed; MIN_VALUE before any rise or for a track not analysed.
   */
  public long riseStartMicros(int trackIndex) {
    FootTracker t = trackers[trackIndex];
    return t == null ? Long.MIN_VALUE : t.riseStartMicros();
  }

  /** The foot's pitch now in degrees; NaN without an IMU or for a track not analysed. */
  public double pitchDegrees(int trackIndex) {
    FootTracker t = trackers[trackIndex];
    return t == null ? Double.NaN : t.pitchDegrees();
  }

  /** The heel's rise now in mm; NaN when the core cannot estimate it (no IMU, no insole length). */
  public double heelRiseMm(int trackIndex) {
    FootTracker t = trackers[trackIndex];
    return t == null ? Double.NaN : t.heelRiseMm();
  }

  /** Bytes of analysis state per insole (arrays and fields), for the memory budget. */
  public int stateBytesPerInsole() {
    int max = 0;
    for (FootTracker t : trackers) {
      if (t != null) {
        max = Math.max(max, t.stateBytes());
      }
    }
    return max;
  }

  private int other(int track) {
    for (int j = 0; j < trackers.length; j++) {
      if (j != track && trackers[j] != null) {
        return j;
      }
    }
    return -1;
  }

  private void onFootRep(int track, FootRep rep) {
    if (!gaps.seenWhole(track, rep.moveStartMicros())) {
      // its movement (not its later rise mark) began in or right after a hole in this foot's
      // samples: not seen whole
      return;
    }
    if (steps.steppedInRise(rep) || freeFoot.heldThroughOthers(track, rep) || rep.bob()) {
      // a foot was planted with a jolt as this heel rose (a lunge, a stair step, a stride), or
      // its top held through a whole rep of the other foot (the free foot, lifted and put down),
      // or it bobbed (a balance step)
      return;
    }
    int o = other(track);
    FootRep r = rep;
    if (o >= 0 && sumOwn[track] + sumOther[track] > 0) {
      double since = sumOther[track] / (sumOwn[track] + sumOther[track]);
      r =
          rep.withOtherFootShare(
              LoadHistory.otherShare(trackers[track].loads, trackers[o].loads, rep, since));
    }
    if (r.otherFootShare() > 1 - cfg.minOwnShare()) {
      // This foot carried almost nothing: a resting foot's toes moving, not a heel raise.
      return;
    }
    freeFoot.finished(track, r);
    if (o >= 0 && pendingRep[o] != null) {
      FootRep p = pendingRep[o];
      if (r.downEndMicros() <= p.upStartMicros()) {
        // held back by this foot's heel-dip joiner, r ended before the other foot's waiting rep
        // began: that one may still pair with this foot's next rep (a two-legged rep)
        emit(r, null);
        return;
      }
      pendingRep[o] = null;
      if (overlaps(p, r)) {
        emit(p, r);
        return;
      }
      emit(p, null);
    }
    if (o >= 0 && trackers[o].active()) {
      pendingRep[track] = r;
    } else {
      emit(r, null);
    }
  }

  /**
   * The foot a rep's phases are timed from. A foot that rested on its toes joins a two-legged rep
   * late and is lifted back onto its toes at the end, so its own rep does not follow the movement:
   * the phases are timed from the leg that did the set's reps alone, which carried this one
   * throughout; failing that (no rep alone yet), from the longer rep.
   */
  private FootRep timingRep(FootRep a, FootRep b) {
    if (b == null) {
      return a;
    }
    if (a.track() != b.track() && (a.track() == workingTrack || b.track() == workingTrack)) {
      return a.track() == workingTrack ? a : b;
    }
    return a.durationMicros() >= b.durationMicros() ? a : b;
  }

  private boolean overlaps(FootRep a, FootRep b) {
    long overlap =
        Math.min(a.downEndMicros(), b.downEndMicros())
            - Math.max(a.upStartMicros(), b.upStartMicros());
    long shorter = Math.min(a.durationMicros(), b.durationMicros());
    return overlap >= cfg.bothFeetOverlapFraction() * shorter;
  }

  private void emit(FootRep a, FootRep b) {
    if (a.jolt() && (b == null || b.jolt())) {
      return; // a jolt alone (a stride, a stamp) is no rep; with the other's, a foot put down
    }
    if (b != null && b.upStartMicros() < a.upStartMicros()) {
      FootRep swap = a;
      a = b;
      b = swap;
    }
    FootRep timing = timingRep(a, b);
    if (b == null) {
      workingTrack = a.track();
    }
    long up = timing.upStartMicros();
    long hold = timing.holdStartMicros();
    long down = timing.downStartMicros();
    long end = timing.downEndMicros();
    hold = Math.max(hold, up);
    down = Math.max(down, hold);
    end = Math.max(end, down);
    double range = rangeFraction(a);
    if (b != null) {
      range = Math.max(range, rangeFraction(b));
    }
    // the rest between two reps is the time between the movements, not between their marks
    long lastEnd = lastMoveEndMicros != Long.MIN_VALUE ? lastMoveEndMicros : sets.lastEndMicros();
    lastMoveEndMicros = timing.moveEndMicros();
    int[] index = sets.indexFor(up);
    if (index[1] == 1 && prescriptions != null) {
      Prescription rx = prescriptions.get();
      judge = judge.under(rx);
      doubter = new RepDoubts(rx, cfg, RepDoubts.Config.DEFAULTS);
      repMillis = rx.tempo().repMillis();
      for (FootTracker t : trackers) {
        if (t != null) {
          t.prescribedRepMillis(repMillis);
        }
      }
      sets.prescription(rx);
    }
    long dwell =
        index[1] > 1 && lastEnd != Long.MIN_VALUE
            ? timing.moveStartMicros() - lastEnd
            : Long.MAX_VALUE;
    double bodyLoad = bodyLoad(a);
    Set<RepFlag> flags = judge.judge(a, b, up, hold, down, end, range, dwell, bodyLoad);
    // a flag these insoles cannot see is a guess: never raised (see FlagObservability)
    Set<RepFlag> observable = observable(a);
    flags.retainAll(observable);
    if (flags.contains(RepFlag.HEEL_SLAM) && !hasImu) {
      // cells alone time the lowering from how fast the heel reloads; a slam reloads it at once
      // whatever the lowering before it was, so that timing says nothing about TOO_FAST_DOWN
      flags.remove(RepFlag.TOO_FAST_DOWN);
    }
    boolean oneInsoleWithCells =
        b == null && other(a.track()) < 0 && layouts[a.track()].cellCount() > 0;
    Map<RepFlag, Doubt> doubts =
        doubter.sort(
            flags,
            timing,
            up,
            hold,
            down,
            end,
            range,
            observable,
            oneInsoleWithCells,
            bodyLoad,
            dwell,
            layouts[timing.track()].insoleLengthMm());
    RepDoubts.lowSoFar(flags, doubts, observable, tallestMm[a.track()]);
    if (bridged(a) || (b != null && bridged(b))) {
      RepDoubts.dataGap(flags, doubts, observable);
    }
    if (a.meanLoadN() == a.meanLoadN() && b == null) {
      repLoads.add(a.meanLoadN());
    }
    sets.add(
        new RepEvent(
            index[0],
            index[1],
            judge.twoLegged(a, b) ? RepSide.BOTH : repSide(a),
            up,
            hold,
            down,
            end,
            b == null
                ? a.peakPitchDegrees()
                : meanOrFirst(a.peakPitchDegrees(), b.peakPitchDegrees()),
            b == null ? a.peakHeightMm() : meanOrFirst(a.peakHeightMm(), b.peakHeightMm()),
            a.peakForefootFraction(),
            range,
            flags,
            doubts));
  }

  private boolean bridged(FootRep r) {
    return gaps.bridgedDuring(r.track(), r.moveStartMicros(), r.moveEndMicros());
  }

  private double rangeFraction(FootRep r) {
    // Only the two largest rises are kept: the reference is the largest, or the second largest
    // once there are three reps, so one outlier rep cannot make every later rep look partial.
    double[] top = topAmplitudes[r.track()];
    if (r.peakHeightMm() > tallestMm[r.track()]) {
      tallestMm[r.track()] = r.peakHeightMm(); // NaN (no IMU, no insole length) is no height
    }
    double v = r.amplitude();
    if (v > top[0]) {
      top[1] = top[0];
      top[0] = v;
    } else if (v > top[1]) {
      top[1] = v;
    }
    int n = ++ampCount[r.track()];
    double reference = n >= 3 ? top[1] : top[0];
    return reference > 0 ? Math.min(v / reference, 1.5) : 1;
  }

  private double bodyLoad(FootRep a) {
    double quiet = trackers[a.track()].bodyLoadN();
    return repLoads.isEmpty() ? quiet : Math.max(quiet, repLoads.median());
  }

  private RepSide repSide(FootRep r) {
    return switch (r.side()) {
      case LEFT -> RepSide.LEFT;
      case RIGHT -> RepSide.RIGHT;
      case UNKNOWN -> r.track() == 0 ? RepSide.LEFT : RepSide.RIGHT;
    };
  }

  private static double meanOrFirst(double a, double b) {
    return b == b && a == a ? (a + b) / 2 : a;
  }

  private Set<RepFlag> observable(FootRep a) {
    double bottomHeel = a.bottomHeelFraction();
    boolean heelOnFloor = !(bottomHeel < cfg.minBottomHeelFraction());
    return heelOnFloor ? observableFlat : observableStep;
  }

  SensorLayout layout(int track) {
    return layouts[track];
  }
}
