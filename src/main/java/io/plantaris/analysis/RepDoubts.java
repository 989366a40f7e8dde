package io.plantaris.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Which of a rep's flags its signal cannot decide, and why (docs/phases.md, "Uncertain verdicts").
 * A flag is in doubt when the measurement behind it lies within its own error of the limit, when
 * the insoles cannot see it for this rep, or when what it is judged against is not known yet; a
 * doubtful flag is taken out of the decided ones, so a rep is never failed on a guess.
 */
final class RepDoubts {
  /**
   * A rep whose heel rose less than this (mm) is not taken as the foot's full height: typical peak
   * heel height in healthy adults is 9-10 cm (DOMAIN.md), this is two thirds of 9 cm. Until one of
   * the foot's reps has risen this high, a rep that is not partial against the foot's own best is
   * uncertain, not decided (the first reps of a session may all be low).
   */
  static final double TYPICAL_LIFT_SEEN_MM = 60;

  /**
   * @param marksMarginMillis a phase timed at the marks this close to its limit is in doubt (the
   *     marks' boundary error: median about 70 ms, p90 250-450 ms on the widened simulator)
   * @param rateMarginMillis the same for a rep that should have been timed at the marks but whose
   *     curve was not seen whole, timed by the movement's rate instead (median error near 1 s)
   * @param heelLoadMarginMillis pressure alone on a flat floor: the time from the heel unloading to
   *     its reloading this close to the whole prescribed rep is in doubt
   * @param rangeMargin a rise this close to the prescribed share of the full range is in doubt
   * @param minTimedCopFraction pressure alone over a step edge: a rep whose centre of pressure
   *     moved less than this share of the insole's length is not timed (the widened simulator's
   *     step-edge reps move it 6-16 mm of 260, and their holds came out 2.2 s off, median)
   * @param minReadableRestMillis a rest before the rep measured below this (the movements overlap
   *     by more than a bounce's reversal, -290 ms at most) is a failed measurement
   */
  record Config(
      long marksMarginMillis,
      long rateMarginMillis,
      long heelLoadMarginMillis,
      double rangeMargin,
      double minTimedCopFraction,
      long minReadableRestMillis) {
    static final Config DEFAULTS = new Config(150, 600, 300, 0.05, 0.1, -300);
  }

  /** The flags read from the phase times and the height. */
  private static final RepFlag[] PHASES = {
    RepFlag.TOO_FAST_UP, RepFlag.HOLD_TOO_SHORT, RepFlag.TOO_FAST_DOWN, RepFlag.PARTIAL_RANGE
  };

  private final Prescription rx;
  private final AnalysisConfig cfg;
  private final Config doubt;

  RepDoubts(Prescription rx, AnalysisConfig cfg, Config doubt) {
    this.rx = rx;
    this.cfg = cfg;
    this.doubt = doubt;
  }

  /**
   * Takes out of {@code flags} what this rep's signal cannot decide and returns every doubt, raised
   * or not.
   *
   * @param flags the judged flags the insoles can observe; changed in place
   * @param timing the foot rep the phases were timed from
   * @param observable the flags these insoles can observe for this rep
   * @param oneInsoleWithCells a single insole with pressure cells, nothing under the other foot
   * @param bodyLoadN the standing load this rep is judged against; NaN or 0 when not known
   * @param restMicros the rest at the bottom before the rep; Long.MAX_VALUE when none
   * @param insoleLengthMm the timing foot's insole length; 0 when unknown
   */
  Map<RepFlag, Doubt> sort(
      Set<RepFlag> flags,
      FootRep timing,
      long up,
      long hold,
      long down,
      long end,
      double rangeFraction,
      Set<RepFlag> observable,
      boolean oneInsoleWithCells,
      double bodyLoadN,
      long restMicros,
      double insoleLengthMm) {
    Map<RepFlag, Doubt> doubts = new EnumMap<>(RepFlag.class);
    if (timing.timing() == PhaseTiming.HEEL_LOAD) {
      heelLoadTempo(flags, doubts, timing);
    } else if (timing.peakPitchDegrees() != timing.peakPitchDegrees()
        && timing.amplitude() < doubt.minTimedCopFraction() * insoleLengthMm) {
      for (RepFlag f : PHASES) {
        flags.remove(f);
        doubts.put(f, Doubt.SMALL_MOVEMENT);
      }
    } else {
      Doubt why = Doubt.NEAR_LIMIT;
      long margin = doubt.marksMarginMillis();
      if (timing.timing() == PhaseTiming.RATE && cfg.phaseMarks()) {
        why = Doubt.CURVE_INCOMPLETE;
        margin = doubt.rateMarginMillis();
      }
      near(flags, doubts, RepFlag.TOO_FAST_UP, hold - up, rx.upMillis(), margin, why, observable);
      near(
          flags,
          doubts,
          RepFlag.HOLD_TOO_SHORT,
          down - hold,
          rx.holdMillis(),
          margin,
          why,
          observable);
      near(
          flags,
          doubts,
          RepFlag.TOO_FAST_DOWN,
          end - down,
          rx.downMillis(),
          margin,
          why,
          observable);
      if (observable.contains(RepFlag.PARTIAL_RANGE)
          && Math.abs(rangeFraction - rx.rangeFraction()) < doubt.rangeMargin()) {
        flags.remove(RepFlag.PARTIAL_RANGE);
        doubts.put(RepFlag.PARTIAL_RANGE, Doubt.NEAR_LIMIT);
      }
    }
    if (restMicros < doubt.minReadableRestMillis() * 1000 && observable.contains(RepFlag.BOUNCE)) {
      flags.remove(RepFlag.BOUNCE);
      doubts.put(RepFlag.BOUNCE, Doubt.REST_UNREADABLE);
    }
    if (rx.singleLeg()
        && oneInsoleWithCells
        && !(bodyLoadN > 0)
        && !flags.contains(RepFlag.TWO_LEGGED)
        && observable.contains(RepFlag.WEIGHT_ON_OTHER_FOOT)) {
      doubts.put(RepFlag.WEIGHT_ON_OTHER_FOOT, Doubt.STANDING_LOAD_UNKNOWN);
    }
    if (oneInsoleWithCells
        && flags.contains(RepFlag.WEIGHT_ON_OTHER_FOOT)
        && observable.contains(RepFlag.TWO_LEGGED)) {
      // the load shows the other foot carried weight, not whether that foot rose as well
      doubts.put(RepFlag.TWO_LEGGED, Doubt.OTHER_FOOT_UNSEEN);
    }
    return doubts;
  }

  /**
   * No rep of this foot has lifted the heel {@link #TYPICAL_LIFT_SEEN_MM} yet (its highest: {@code
   * tallestMm}, 0 when not measured): a rep not partial against the foot's own best is not known to
   * be full.
   */
  static void lowSoFar(
      Set<RepFlag> flags, Map<RepFlag, Doubt> doubts, Set<RepFlag> observable, double tallestMm) {
    if (tallestMm > 0
        && tallestMm < TYPICAL_LIFT_SEEN_MM
        && !flags.contains(RepFlag.PARTIAL_RANGE)
        && observable.contains(RepFlag.PARTIAL_RANGE)) {
      doubts.put(RepFlag.PARTIAL_RANGE, Doubt.NO_FULL_REP_YET);
    }
  }

  /**
   * Samples were lost during the rep and bridged: its tempo verdicts (not its range or its loads)
   * become doubts, raised or not.
   */
  static void dataGap(Set<RepFlag> flags, Map<RepFlag, Doubt> doubts, Set<RepFlag> observable) {
    for (RepFlag f : PHASES) {
      if (f != RepFlag.PARTIAL_RANGE && observable.contains(f) && !doubts.containsKey(f)) {
        flags.remove(f);
        doubts.put(f, Doubt.DATA_GAP);
      }
    }
  }

  /**
   * Pressure alone on a flat floor sees the heel leave and come back, not the top: the phases
   * cannot be told apart, only the whole rep. A rep clearly shorter than the prescribed one was too
   * fast; which way is the flat-floor model's split ({@link FlatFloorTiming}), else the quicker of
   * the heel's unloading and reloading. Otherwise the tempo of each phase, the hold and the height
   * are not observable: the model's split alone is no measurement (real 3-zone recordings
   * contradict it).
   */
  private void heelLoadTempo(Set<RepFlag> flags, Map<RepFlag, Doubt> doubts, FootRep r) {
    boolean slam = flags.contains(RepFlag.HEEL_SLAM);
    boolean modelUp = flags.remove(RepFlag.TOO_FAST_UP);
    boolean modelDown = flags.remove(RepFlag.TOO_FAST_DOWN);
    flags.remove(RepFlag.HOLD_TOO_SHORT);
    flags.remove(RepFlag.PARTIAL_RANGE);
    double keep = 1 - rx.tempoTolerance();
    long limit = Math.round(keep * rx.tempo().repMillis() * 1000);
    // from the heel leaving to its coming back: no longer than the rep between its marks
    long seenMicros = r.moveEndMicros() - r.moveStartMicros();
    if (seenMicros < limit - doubt.heelLoadMarginMillis() * 1000) {
      double upShare = (r.holdStartMicros() - r.upStartMicros()) / (double) rx.upMillis();
      double downShare = (r.downEndMicros() - r.downStartMicros()) / (double) rx.downMillis();
      if (modelUp || modelDown) {
        // the flat-floor model's split names the phase; that the rep was too fast is measured
        addIf(flags, modelUp, RepFlag.TOO_FAST_UP);
        addIf(flags, modelDown, RepFlag.TOO_FAST_DOWN);
      } else if (upShare <= downShare) {
        flags.add(RepFlag.TOO_FAST_UP);
      } else if (!slam) {
        // a slam reloads the heel at once whatever the lowering was: that says nothing of it
        flags.add(RepFlag.TOO_FAST_DOWN);
      }
      return;
    }
    for (RepFlag f : PHASES) {
      doubts.put(f, Doubt.NOT_OBSERVABLE);
    }
  }

  private static void addIf(Set<RepFlag> flags, boolean add, RepFlag f) {
    if (add) {
      flags.add(f);
    }
  }

  private void near(
      Set<RepFlag> flags,
      Map<RepFlag, Doubt> doubts,
      RepFlag f,
      long measuredMicros,
      long targetMillis,
      long marginMillis,
      Doubt why,
      Set<RepFlag> observable) {
    double limitMicros = (1 - rx.tempoTolerance()) * targetMillis * 1000;
    if (observable.contains(f) && Math.abs(measuredMicros - limitMicros) < marginMillis * 1000) {
      flags.remove(f);
      doubts.put(f, why);
    }
  }
}
