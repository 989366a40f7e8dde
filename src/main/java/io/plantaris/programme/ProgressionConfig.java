package io.plantaris.programme;

/**
 * Every threshold of the progression engine, with named defaults; docs/progression.md gives the
 * clinical rationale and source of each.
 *
 * @param safePainMax pain during the session up to this is safe (Silbernagel 2007: 3)
 * @param acceptablePainMax pain up to this is acceptable, above it unacceptable (Silbernagel: 5)
 * @param morningWorseKeepPoints next-morning pain this much above baseline blocks progression
 * @param morningWorseReducePoints next-morning pain this much above baseline reduces the load
 * @param increaseMinKg smallest load increase
 * @param increaseFraction increase as a fraction of the added load, when larger than the minimum
 * @param reduceMinKg smallest load reduction (capped at the added load)
 * @param reduceFraction reduction as a fraction of the added load, when larger than the minimum
 * @param loadStepKg load changes are rounded up to a multiple of this
 * @param sessionsWithReserveBeforeIncrease consecutive sessions completed with reserve at the same
 *     load before the load goes up
 * @param missedSessionsKeep this many missed sessions since the last one block progression
 * @param missedSessionsReduce this many missed sessions reduce the load
 * @param heelLoadingRateMax heel-loading flags per rep at or above this block progression
 * @param minTempoAdherence tempo adherence below this blocks progression
 * @param reduceShortfallReps a set this many valid reps short of the target reduces the load
 * @param twoLeggedBelowFraction at body weight, a best single-leg set below this fraction of the
 *     target valid reps sends the patient back to two-legged raises
 * @param painDuringWindowHours a DURING report counts for a session ending up to this long before
 * @param morningWindowHours a NEXT_MORNING report counts for a session ending up to this long
 *     before
 */
public record ProgressionConfig(
    int safePainMax,
    int acceptablePainMax,
    int morningWorseKeepPoints,
    int morningWorseReducePoints,
    double increaseMinKg,
    double increaseFraction,
    double reduceMinKg,
    double reduceFraction,
    double loadStepKg,
    int sessionsWithReserveBeforeIncrease,
    int missedSessionsKeep,
    int missedSessionsReduce,
    double heelLoadingRateMax,
    double minTempoAdherence,
    int reduceShortfallReps,
    double twoLeggedBelowFraction,
    int painDuringWindowHours,
    int morningWindowHours) {

  public static final int SAFE_PAIN_MAX = 3;
  public static final int ACCEPTABLE_PAIN_MAX = 5;
  public static final int MORNING_WORSE_KEEP_POINTS = 1;
  public static final int MORNING_WORSE_REDUCE_POINTS = 2;
  public static final double INCREASE_MIN_KG = 2.0;
  public static final double INCREASE_FRACTION = 0.10;
  public static final double REDUCE_MIN_KG = 2.0;
  public static final double REDUCE_FRACTION = 0.20;
  public static final double LOAD_STEP_KG = 0.5;
  public static final int SESSIONS_WITH_RESERVE_BEFORE_INCREASE = 2;
  public static final int MISSED_SESSIONS_KEEP = 2;
  public static final int MISSED_SESSIONS_REDUCE = 4;
  public static final double HEEL_LOADING_RATE_MAX = 0.25;
  public static final double MIN_TEMPO_ADHERENCE = 0.8;
  public static final int REDUCE_SHORTFALL_REPS = 3;
  public static final double TWO_LEGGED_BELOW_FRACTION = 0.5;
  public static final int PAIN_DURING_WINDOW_HOURS = 6;
  public static final int MORNING_WINDOW_HOURS = 36;

  public ProgressionConfig {
    if (!(0 <= safePainMax && safePainMax < acceptablePainMax && acceptablePainMax < 10)) {
      throw new IllegalArgumentException(
          "need 0 <= safePainMax < acceptablePainMax < 10, were "
              + safePainMax
              + ", "
              + acceptablePainMax);
    }
    if (!(0 < morningWorseKeepPoints && morningWorseKeepPoints <= morningWorseReducePoints)) {
      throw new IllegalArgumentException("need 0 < morningWorseKeepPoints <= ReducePoints");
    }
    if (!(increaseMinKg > 0 && reduceMinKg > 0 && loadStepKg > 0)) {
      throw new IllegalArgumentException("load steps must be positive");
    }
    if (!(increaseFraction >= 0 && increaseFraction < 1 && reduceFraction >= 0)
        || reduceFraction >= 1) {
      throw new IllegalArgumentException("load fractions must be in [0, 1)");
    }
    if (sessionsWithReserveBeforeIncrease < 1) {
      throw new IllegalArgumentException("sessionsWithReserveBeforeIncrease must be >= 1");
    }
    if (!(0 < missedSessionsKeep && missedSessionsKeep <= missedSessionsReduce)) {
      throw new IllegalArgumentException("need 0 < missedSessionsKeep <= missedSessionsReduce");
    }
    if (!(heelLoadingRateMax > 0 && heelLoadingRateMax <= 1)
        || !(minTempoAdherence >= 0 && minTempoAdherence <= 1)
        || !(twoLeggedBelowFraction > 0 && twoLeggedBelowFraction <= 1)) {
      throw new IllegalArgumentException("rates and fractions must be in (0, 1]");
    }
    if (reduceShortfallReps < 1 || painDuringWindowHours < 1 || morningWindowHours < 1) {
      throw new IllegalArgumentException("shortfall and windows must be >= 1");
    }
  }

  /** The documented defaults. */
  public static ProgressionConfig defaults() {
    return new ProgressionConfig(
        SAFE_PAIN_MAX,
        ACCEPTABLE_PAIN_MAX,
        MORNING_WORSE_KEEP_POINTS,
        MORNING_WORSE_REDUCE_POINTS,
        INCREASE_MIN_KG,
        INCREASE_FRACTION,
        REDUCE_MIN_KG,
        REDUCE_FRACTION,
        LOAD_STEP_KG,
        SESSIONS_WITH_RESERVE_BEFORE_INCREASE,
        MISSED_SESSIONS_KEEP,
        MISSED_SESSIONS_REDUCE,
        HEEL_LOADING_RATE_MAX,
        MIN_TEMPO_ADHERENCE,
        REDUCE_SHORTFALL_REPS,
        TWO_LEGGED_BELOW_FRACTION,
        PAIN_DURING_WINDOW_HOURS,
        MORNING_WINDOW_HOURS);
  }

  /** The load increase from a given added load, rounded up to the load step. */
  public double increaseKg(double addedLoadKg) {
    return Kg.roundUp(Math.max(increaseMinKg, increaseFraction * addedLoadKg), loadStepKg);
  }

  /** The load reduction from a given added load, never below body weight. */
  public double reduceKg(double addedLoadKg) {
    double r = Kg.roundUp(Math.max(reduceMinKg, reduceFraction * addedLoadKg), loadStepKg);
    return Math.min(r, addedLoadKg);
  }
}
