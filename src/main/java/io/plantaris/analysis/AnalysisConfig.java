package io.plantaris.analysis;

/**
 * Every threshold of the analysis core in one place. Thresholds are relative to the person (their
 * own rise range, their own standing load) wherever a fixed number would not fit everyone; the few
 * absolute numbers are floors that only matter before the first rep has taught the range.
 *
 * <p>No threshold here makes a flag observable that the insoles cannot sense: flags outside {@link
 * FlagObservability#observable} for the person's insoles are never raised, whatever the values.
 *
 * @param pitchCutoffHz low-pass cutoff for foot pitch and its rate
 * @param pressureCutoffHz low-pass cutoff for the centre of pressure and its rate
 * @param flatPressureCutoffHz low-pass cutoff for the centre of pressure on a flat floor, where the
 *     rise is timed from the quick unloading of the heel
 * @param minRiseDegrees smallest pitch excursion that can start a rep before any rep is known
 * @param minRiseInsoleFraction smallest forward CoP travel (fraction of insole length) that can
 *     start a rep before any rep is known
 * @param jumpDegrees a pitch change larger than this within one sample moves the bottom baseline
 *     instead of starting a rise (stepping onto a step)
 * @param jumpInsoleFraction the same for the centre of pressure, fraction of insole length
 * @param enterRangeFraction a rep starts being tracked when the rise exceeds this fraction of the
 *     person's reference range
 * @param leaveTopFraction the descent is detected when the signal falls this fraction of the rep's
 *     own amplitude below its peak
 * @param returnFraction the rep is back at the bottom when within this fraction of its amplitude
 *     above the bottom baseline
 * @param boundaryVelocityFraction phase boundaries are where the rise rate crosses this fraction of
 *     the phase's peak rate (the start and end of the movement)
 * @param topBoundaryFraction the start and end of the hold are read where the rate crosses at least
 *     this fraction of the rise's (descent's) peak rate, above the rate of the foot's sway while
 *     balancing at the top (which the rate at rest on the floor says nothing about), and moved to
 *     the movement's end (start) by the minimum-jerk lead of that level
 * @param noiseVelocityFactor boundary rate is at least this many times the rate noise at rest
 * @param maxHoldMillis a top held still for longer than this is a new standing level, not a rep
 * @param maxPendingMillis longest a finished rep waits for the other foot's rep to finish, to be
 *     merged into one two-legged rep
 * @param dipMaxBottomMillis a heel dip in the hold: the heel is down for less than this between a
 *     quick descent and a quick rise
 * @param dipFastFraction a descent (rise) is quick for a heel dip when it takes less than this
 *     fraction of the rise (descent) of the same movement
 * @param heelOffSpanFraction pressure only, flat floor: the heel unloads (reloads) over about this
 *     fraction of the rise (descent), which times the phases the pressure cannot see
 * @param heelSpanSpreadMillis pressure only, flat floor: what the flat-floor filter adds to the
 *     rise time read from the heel unloading span (valid for the default flat cutoff)
 * @param heelOffLeadFraction pressure only, flat floor: the heel starts to unload this fraction of
 *     the rise after the rise starts
 * @param heelOnTrailFraction pressure only, flat floor: the descent ends this fraction of the
 *     descent after the heel has fully reloaded
 * @param settleTimeoutMillis longest wait for the movement to settle after the return to bottom
 * @param reloadSettleMillis after the foot was off the ground (lifted onto or off a step), its
 *     centre of pressure is a new standing level until the load has settled for this long: a heel
 *     raise starts from a loaded foot
 * @param minUpMillis shortest rise that can be a heel raise (walking push-off is quicker)
 * @param minRepMillis shortest whole rep (rise start to back at bottom) that can be a heel raise
 * @param maxAccelDeviationG a rep is rejected (walking, stamping) if the acceleration magnitude,
 *     low-passed at {@code accelRejectCutoffHz}, leaves 1 g by more than this before the descent
 * @param accelRejectCutoffHz low-pass cutoff of the acceleration deviation used to reject walking:
 *     a jolt of a sample or two at the top of a quick rep is no stride
 * @param maxSwingAccelG a rep is rejected (walking) if the foot's acceleration along the ground
 *     (the accelerometer turned by the foot's pitch, gravity removed, low-passed at {@code
 *     accelRejectCutoffHz}) exceeds this anywhere from the rise until the rep settles: a foot in
 *     swing speeds up and brakes at about 1 g, a heel raise moves the foot vertically only (real
 *     fast heel raises, CMU foot IMU, reach 0.36 g at the top where the pitch estimate is least
 *     sure; simulated strides 0.97 g and more)
 * @param minLoadFraction a rep is rejected if this foot's load falls below this fraction of its
 *     load at the start of the rep (the foot left the ground: walking)
 * @param pivotFraction distance from the heel edge to the metatarsal pivot, fraction of insole
 *     length, for the heel-height estimate
 * @param accelCorrectionSeconds time constant of the accelerometer correction of gyro pitch
 * @param quietMillis stillness needed for tare and body-weight estimates (and the gyro bias of an
 *     insole without an accelerometer)
 * @param quietGyroDps largest gyro rate still counted as quiet standing
 * @param heelTopFraction HEEL_LOADED_AT_TOP when the heel-load fraction in the hold exceeds this
 *     fraction of the heel-load fraction at the bottom before the rep
 * @param minBottomHeelFraction below this bottom heel-load fraction (heel over a step edge) heel
 *     loading at the top is never flagged
 * @param slamLoadRatio HEEL_SLAM when the load peak at landing exceeds this multiple of the load in
 *     the hold
 * @param slamAccelG HEEL_SLAM when the acceleration magnitude at landing leaves 1 g by more than
 *     this
 * @param slamRangesPerSecond HEEL_SLAM when the foot pitch falls faster than this many rep
 *     amplitudes per second (a heel dropped rather than lowered)
 * @param bounceDwellMillis BOUNCE when the bottom between two reps lasts less than this: a bounce
 *     reverses with no pause at all (measured -290..+30 ms on seeds 1-100), while a settled bottom
 *     lasts several hundred ms (measured 150 ms and more, from a true 300 ms and more, since the
 *     end of a descent and the start of the next rise are each timed within about 0.1 s); 150 ms
 *     (was 100): on the wide seeds, pressure alone, 4 of 9 missed bounces measured 100-150 ms and
 *     no settled bottom did
 * @param otherFootShare WEIGHT_ON_OTHER_FOOT when the other insole carries more than this share
 * @param minOwnShare with two insoles, a foot's rise counts only if that foot carried at least this
 *     share of the load during it
 * @param twoLeggedLoadDrop with one insole, TWO_LEGGED when the foot's load about a second into the
 *     rise is below this fraction of its load just before (and shifted quickly)
 * @param twoLeggedShiftMillis one insole: the load shift at the rise start of a two-legged rep
 *     takes at most this long from 10% to 90% (simulator: a foot planted over 400 ms shifts in
 *     about 240 ms, weight leant over 700 ms in about 420 ms)
 * @param singleInsoleLoadFraction with one insole, WEIGHT_ON_OTHER_FOOT when this foot's mean load
 *     during the rep is below this fraction of the body-weight estimate
 * @param stepImpactG with an IMU on both feet, a foot that was in the air and then jolted its
 *     accelerometer by more than this (g away from 1 g) took a step: a rise that begins or climbs
 *     while either foot steps is a lunge, a stair step or a stride, not a heel raise
 * @param airborneShare a foot is in the air when it carries less than this share of the two feet's
 *     load (the free foot of a single-leg heel raise hovers or rests its toes: about 2 %)
 * @param bothFeetOverlapFraction reps on the two feet are one rep when they overlap in time by at
 *     least this fraction of the shorter one
 * @param restMillis no rep activity for this long ends a set
 * @param degradedFraction a set is DEGRADED when its last reps lost this fraction of height or this
 *     fraction of tempo against its first reps
 * @param phaseMarks time each rep's phases at the 10 % marks of its own curve (docs/phases.md): the
 *     pitch with an IMU, the centre of pressure over a step edge, the flat-floor model's marks on a
 *     flat floor; false: where its rise rate crosses a share of its peak (the movement's start and
 *     end), and the rest between reps from the rate moved out by a minimum-jerk lead
 */
public record AnalysisConfig(
    double pitchCutoffHz,
    double pressureCutoffHz,
    double flatPressureCutoffHz,
    double minRiseDegrees,
    double minRiseInsoleFraction,
    double jumpDegrees,
    double jumpInsoleFraction,
    double enterRangeFraction,
    double leaveTopFraction,
    double returnFraction,
    double boundaryVelocityFraction,
    double topBoundaryFraction,
    double noiseVelocityFactor,
    long maxHoldMillis,
    long maxPendingMillis,
    long dipMaxBottomMillis,
    double dipFastFraction,
    double heelOffSpanFraction,
    long heelSpanSpreadMillis,
    double heelOffLeadFraction,
    double heelOnTrailFraction,
    long settleTimeoutMillis,
    long reloadSettleMillis,
    long minUpMillis,
    long minRepMillis,
    double maxAccelDeviationG,
    double accelRejectCutoffHz,
    double maxSwingAccelG,
    double minLoadFraction,
    double pivotFraction,
    double accelCorrectionSeconds,
    long quietMillis,
    double quietGyroDps,
    double heelTopFraction,
    double minBottomHeelFraction,
    double slamLoadRatio,
    double slamAccelG,
    double slamRangesPerSecond,
    long bounceDwellMillis,
    double otherFootShare,
    double minOwnShare,
    double twoLeggedLoadDrop,
    double twoLeggedShiftMillis,
    double singleInsoleLoadFraction,
    double stepImpactG,
    double airborneShare,
    double bothFeetOverlapFraction,
    long restMillis,
    double degradedFraction,
    boolean phaseMarks) {

  public static final double DEFAULT_PITCH_CUTOFF_HZ = 4.0;
  public static final double DEFAULT_PRESSURE_CUTOFF_HZ = 3.0;
  public static final double DEFAULT_MIN_RISE_DEGREES = 8.0;
  public static final double DEFAULT_MIN_RISE_INSOLE_FRACTION = 0.02;
  public static final double DEFAULT_JUMP_DEGREES = 5;
  public static final double DEFAULT_JUMP_INSOLE_FRACTION = 0.25;
  public static final double DEFAULT_ENTER_RANGE_FRACTION = 0.2;
  public static final double DEFAULT_LEAVE_TOP_FRACTION = 0.3;
  public static final double DEFAULT_RETURN_FRACTION = 0.25;
  public static final double DEFAULT_BOUNDARY_VELOCITY_FRACTION = 0.02;
  public static final double DEFAULT_TOP_BOUNDARY_FRACTION = 0.1;
  public static final double DEFAULT_NOISE_VELOCITY_FACTOR = 3.0;
  public static final long DEFAULT_MAX_HOLD_MILLIS = 8000;
  // a working foot's lowering that drops its last part late ends up to 2.4 s after the other's
  public static final long DEFAULT_MAX_PENDING_MILLIS = 3000;
  public static final long DEFAULT_DIP_MAX_BOTTOM_MILLIS = 1000;
  public static final double DEFAULT_DIP_FAST_FRACTION = 0.5;
  public static final double DEFAULT_HEEL_OFF_SPAN_FRACTION = 0.1003;
  public static final double DEFAULT_HEEL_OFF_LEAD_FRACTION = 0.131;
  public static final double DEFAULT_HEEL_ON_TRAIL_FRACTION = 0.153;
  public static final long DEFAULT_HEEL_SPAN_SPREAD_MILLIS = 1386;
  public static final double DEFAULT_FLAT_PRESSURE_CUTOFF_HZ = 8.0;
  public static final long DEFAULT_SETTLE_TIMEOUT_MILLIS = 1500;
  public static final long DEFAULT_RELOAD_SETTLE_MILLIS = 500;
  public static final long DEFAULT_MIN_UP_MILLIS = 250;

  /**
   * A heel raise is a controlled movement: the heel-rise test paces one rep per 2 s and the fastest
   * real reps here (CMU, rushed) take 1.3-1.4 s between the analysis's boundaries; hops, drop
   * landings and bounces take well under 1 s (on the wide simulator's not-a-heel-raise seeds
   * 20000-20039 this halves the false reps, 58 to 25, and misses no more reps).
   */
  public static final long DEFAULT_MIN_REP_MILLIS = 1000;

  public static final double DEFAULT_MAX_ACCEL_DEVIATION_G = 0.6;
  public static final double DEFAULT_ACCEL_REJECT_CUTOFF_HZ = 10.0;
  public static final double DEFAULT_MAX_SWING_ACCEL_G = 0.6;
  public static final double DEFAULT_MIN_LOAD_FRACTION = 0.3;
  public static final double DEFAULT_PIVOT_FRACTION = 0.71;
  public static final double DEFAULT_ACCEL_CORRECTION_SECONDS = 2.0;
  public static final long DEFAULT_QUIET_MILLIS = 1000;
  public static final double DEFAULT_QUIET_GYRO_DPS = 3.0;
  public static final double DEFAULT_HEEL_TOP_FRACTION = 0.3;
  public static final double DEFAULT_MIN_BOTTOM_HEEL_FRACTION = 0.08;

  /**
   * A controlled lowering brings the weight back onto the heel with little overshoot, a strike with
   * 1.5-2.5 times it. Wide seeds 20040-20599, cells: landings of reps without a slam peaked at up
   * to 1.32 times the hold load (the top's sway, a shoe), slams at 1.51 and more; 1.3 flagged 7
   * clean reps.
   */
  public static final double DEFAULT_SLAM_LOAD_RATIO = 1.4;

  public static final double DEFAULT_SLAM_ACCEL_G = 1.8;
  public static final double DEFAULT_SLAM_RANGES_PER_SECOND = 3.0;
  public static final long DEFAULT_BOUNCE_DWELL_MILLIS = 150;
  public static final double DEFAULT_OTHER_FOOT_SHARE = 0.2;
  public static final double DEFAULT_MIN_OWN_SHARE = 0.25;
  public static final double DEFAULT_TWO_LEGGED_LOAD_DROP = 0.75;
  public static final double DEFAULT_TWO_LEGGED_SHIFT_MILLIS = 300;
  public static final double DEFAULT_SINGLE_INSOLE_LOAD_FRACTION = 0.8;
  public static final double DEFAULT_STEP_IMPACT_G = 0.5;
  public static final double DEFAULT_AIRBORNE_SHARE = 0.1;
  public static final double DEFAULT_BOTH_FEET_OVERLAP_FRACTION = 0.5;
  public static final long DEFAULT_REST_MILLIS = 20_000;
  public static final double DEFAULT_DEGRADED_FRACTION = 0.2;

  /**
   * On: the simulators and the synthetic test sessions place their truth at the marks, and so do
   * real references (docs/phases.md, "Where the analysis stands"); {@code evaluate
   * --no-phase-marks} measures the rate's timing.
   */
  public static final boolean DEFAULT_PHASE_MARKS = true;

  public AnalysisConfig {
    if (!(pitchCutoffHz > 0) || !(pressureCutoffHz > 0)) {
      throw new IllegalArgumentException("cutoffs must be > 0");
    }
    if (!(enterRangeFraction > 0 && enterRangeFraction < 1)
        || !(leaveTopFraction > 0 && leaveTopFraction < 1)
        || !(returnFraction > 0 && returnFraction < 1)
        || !(boundaryVelocityFraction > 0 && boundaryVelocityFraction < 1)
        || !(topBoundaryFraction > 0 && topBoundaryFraction < 1)) {
      throw new IllegalArgumentException("range and velocity fractions must be in (0, 1)");
    }
    if (restMillis <= 0 || settleTimeoutMillis <= 0 || quietMillis <= 0 || reloadSettleMillis < 0) {
      throw new IllegalArgumentException("durations must be > 0");
    }
  }

  /** The defaults documented on each field. */
  public static AnalysisConfig defaults() {
    return new AnalysisConfig(
        DEFAULT_PITCH_CUTOFF_HZ,
        DEFAULT_PRESSURE_CUTOFF_HZ,
        DEFAULT_FLAT_PRESSURE_CUTOFF_HZ,
        DEFAULT_MIN_RISE_DEGREES,
        DEFAULT_MIN_RISE_INSOLE_FRACTION,
        DEFAULT_JUMP_DEGREES,
        DEFAULT_JUMP_INSOLE_FRACTION,
        DEFAULT_ENTER_RANGE_FRACTION,
        DEFAULT_LEAVE_TOP_FRACTION,
        DEFAULT_RETURN_FRACTION,
        DEFAULT_BOUNDARY_VELOCITY_FRACTION,
        DEFAULT_TOP_BOUNDARY_FRACTION,
        DEFAULT_NOISE_VELOCITY_FACTOR,
        DEFAULT_MAX_HOLD_MILLIS,
        DEFAULT_MAX_PENDING_MILLIS,
        DEFAULT_DIP_MAX_BOTTOM_MILLIS,
        DEFAULT_DIP_FAST_FRACTION,
        DEFAULT_HEEL_OFF_SPAN_FRACTION,
        DEFAULT_HEEL_SPAN_SPREAD_MILLIS,
        DEFAULT_HEEL_OFF_LEAD_FRACTION,
        DEFAULT_HEEL_ON_TRAIL_FRACTION,
        DEFAULT_SETTLE_TIMEOUT_MILLIS,
        DEFAULT_RELOAD_SETTLE_MILLIS,
        DEFAULT_MIN_UP_MILLIS,
        DEFAULT_MIN_REP_MILLIS,
        DEFAULT_MAX_ACCEL_DEVIATION_G,
        DEFAULT_ACCEL_REJECT_CUTOFF_HZ,
        DEFAULT_MAX_SWING_ACCEL_G,
        DEFAULT_MIN_LOAD_FRACTION,
        DEFAULT_PIVOT_FRACTION,
        DEFAULT_ACCEL_CORRECTION_SECONDS,
        DEFAULT_QUIET_MILLIS,
        DEFAULT_QUIET_GYRO_DPS,
        DEFAULT_HEEL_TOP_FRACTION,
        DEFAULT_MIN_BOTTOM_HEEL_FRACTION,
        DEFAULT_SLAM_LOAD_RATIO,
        DEFAULT_SLAM_ACCEL_G,
        DEFAULT_SLAM_RANGES_PER_SECOND,
        DEFAULT_BOUNCE_DWELL_MILLIS,
        DEFAULT_OTHER_FOOT_SHARE,
        DEFAULT_MIN_OWN_SHARE,
        DEFAULT_TWO_LEGGED_LOAD_DROP,
        DEFAULT_TWO_LEGGED_SHIFT_MILLIS,
        DEFAULT_SINGLE_INSOLE_LOAD_FRACTION,
        DEFAULT_STEP_IMPACT_G,
        DEFAULT_AIRBORNE_SHARE,
        DEFAULT_BOTH_FEET_OVERLAP_FRACTION,
        DEFAULT_REST_MILLIS,
        DEFAULT_DEGRADED_FRACTION,
        DEFAULT_PHASE_MARKS);
  }

  /** A copy that times phases at the marks ({@code true}) or by the rise rate. */
  public AnalysisConfig withPhaseMarks(boolean marks) {
    return copy(restMillis, marks);
  }

  /** A copy with a different rest that ends a set. */
  public AnalysisConfig withRestMillis(long millis) {
    return copy(millis, phaseMarks);
  }

  private AnalysisConfig copy(long rest, boolean marks) {
    return new AnalysisConfig(
        pitchCutoffHz,
        pressureCutoffHz,
        flatPressureCutoffHz,
        minRiseDegrees,
        minRiseInsoleFraction,
        jumpDegrees,
        jumpInsoleFraction,
        enterRangeFraction,
        leaveTopFraction,
        returnFraction,
        boundaryVelocityFraction,
        topBoundaryFraction,
        noiseVelocityFactor,
        maxHoldMillis,
        maxPendingMillis,
        dipMaxBottomMillis,
        dipFastFraction,
        heelOffSpanFraction,
        heelSpanSpreadMillis,
        heelOffLeadFraction,
        heelOnTrailFraction,
        settleTimeoutMillis,
        reloadSettleMillis,
        minUpMillis,
        minRepMillis,
        maxAccelDeviationG,
        accelRejectCutoffHz,
        maxSwingAccelG,
        minLoadFraction,
        pivotFraction,
        accelCorrectionSeconds,
        quietMillis,
        quietGyroDps,
        heelTopFraction,
        minBottomHeelFraction,
        slamLoadRatio,
        slamAccelG,
        slamRangesPerSecond,
        bounceDwellMillis,
        otherFootShare,
        minOwnShare,
        twoLeggedLoadDrop,
        twoLeggedShiftMillis,
        singleInsoleLoadFraction,
        stepImpactG,
        airborneShare,
        bothFeetOverlapFraction,
        rest,
        degradedFraction,
        marks);
  }
}
