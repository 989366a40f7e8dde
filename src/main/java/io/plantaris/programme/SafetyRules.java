package io.plantaris.programme;

import java.util.Optional;

/** Rules that stop or scale back: unacceptable pain, a worse morning, a long break, too heavy. */
final class SafetyRules {
  private SafetyRules() {}

  static Optional<Verdict> restForPainDuring(ProgressionInput in, ProgressionConfig cfg) {
    if (in.painDuring().isEmpty()
        || PainZone.of(in.painDuring().getAsInt(), cfg) != PainZone.UNACCEPTABLE) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.of(
            Change.of(Action.REST),
            "pain "
                + in.painDuring().getAsInt()
                + "/10 during the session is above "
                + cfg.acceptablePainMax()
                + "/10 (unacceptable): rest until it settles"));
  }

  static Optional<Verdict> restForPainNextMorning(ProgressionInput in, ProgressionConfig cfg) {
    if (in.painNextMorning().isEmpty()
        || PainZone.of(in.painNextMorning().getAsInt(), cfg) != PainZone.UNACCEPTABLE) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.of(
            Change.of(Action.REST),
            "pain "
                + in.painNextMorning().getAsInt()
                + "/10 next morning is above "
                + cfg.acceptablePainMax()
                + "/10 (unacceptable): rest until it settles"));
  }

  static Optional<Verdict> reduceForWorseMorning(ProgressionInput in, ProgressionConfig cfg) {
    int worse = in.morningChange();
    if (worse < cfg.morningWorseReducePoints()) {
      return Optional.empty();
    }
    return Optional.of(
        scaleBack(
            in,
            cfg,
            "next-morning pain "
                + in.painNextMorning().getAsInt()
                + "/10 is "
                + worse
                + " points worse than "
                + in.baselineMorning().getAsInt()
                + "/10 before the session"));
  }

  static Optional<Verdict> reduceAfterLongBreak(ProgressionInput in, ProgressionConfig cfg) {
    if (in.missedSessions() < cfg.missedSessionsReduce()) {
      return Optional.empty();
    }
    return Optional.of(
        scaleBack(
            in,
            cfg,
            in.missedSessions()
                + " sessions missed since the previous one (every "
                + in.prescription().intervalDays()
                + " days prescribed, limit "
                + cfg.missedSessionsReduce()
                + ")"));
  }

  static Optional<Verdict> twoLeggedFallback(ProgressionInput in, ProgressionConfig cfg) {
    double below = cfg.twoLeggedBelowFraction() * in.targetReps();
    int best = in.session().mostValidReps();
    if (!in.prescription().singleLeg() || in.loadKg() > 0 || best >= below) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.of(
            Change.of(Action.BACK_TO_TWO_LEGGED),
            "best single-leg set had "
                + best
                + " valid reps of "
                + in.targetReps()
                + " at body weight, below "
                + Kg.number(below)
                + ": back to two-legged raises (up on two, down on one)"));
  }

  static Optional<Verdict> reduceAboveRm(ProgressionInput in, ProgressionConfig cfg) {
    int weakest = in.session().fewestReps();
    int shortBy = in.targetReps() - weakest;
    if (in.loadKg() == 0 || shortBy < cfg.reduceShortfallReps()) {
      return Optional.empty();
    }
    return Optional.of(
        scaleBack(
            in,
            cfg,
            "weakest set ended after "
                + weakest
                + " reps of "
                + in.targetReps()
                + " "
                + Kg.load(in.loadKg())
                + ", "
                + shortBy
                + " short: the load is above "
                + in.targetReps()
                + "RM"));
  }

  /** Less load; at body weight single-leg, two legs; at body weight on two legs, rest. */
  static Verdict scaleBack(ProgressionInput in, ProgressionConfig cfg, String why) {
    double load = in.loadKg();
    if (load > 0) {
      double r = cfg.reduceKg(load);
      return Verdict.of(
          new Change(Action.REDUCE_LOAD, -r),
          why
              + ": reduce by "
              + Kg.amount(r)
              + " to "
              + (load - r == 0 ? "body weight" : Kg.amount(load - r)));
    }
    if (in.prescription().singleLeg()) {
      return Verdict.of(
          Change.of(Action.BACK_TO_TWO_LEGGED),
          why + ": already at body weight, back to two-legged raises");
    }
    return Verdict.of(
        Change.of(Action.REST),
        why + ": already at body weight on two legs, rest until it settles");
  }
}
