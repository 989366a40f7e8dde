package io.plantaris.programme;

import java.util.List;

/**
 * The ordered progression rules: the first that applies decides. Safety first (pain, a worse
 * morning, a long break), then whether the insoles saw the session, then what the counts say (a
 * load above the RM), then the gates that hold the load, then progress. docs/progression.md
 * explains each row and its source.
 */
public final class RuleTable {
  private RuleTable() {}

  /** The default table, in order. */
  public static final List<Rule> DEFAULT =
      List.of(
          new Rule("REST_PAIN_DURING", "pain during above 5/10", SafetyRules::restForPainDuring),
          new Rule(
              "REST_PAIN_NEXT_MORNING",
              "pain next morning above 5/10",
              SafetyRules::restForPainNextMorning),
          new Rule(
              "REDUCE_MORNING_WORSE",
              "next morning 2+ points worse than before the session",
              SafetyRules::reduceForWorseMorning),
          new Rule("REDUCE_LONG_BREAK", "4+ sessions missed", SafetyRules::reduceAfterLongBreak),
          new Rule(
              "KEEP_UNSEEN",
              "an insole could not see the heel raises for 30 s or more of the session",
              ProgressRules::keepWhenUnseen),
          new Rule(
              "BACK_TO_TWO_LEGGED",
              "single-leg at body weight, best set below half the target reps",
              SafetyRules::twoLeggedFallback),
          new Rule(
              "REDUCE_ABOVE_RM",
              "with added load, a set ended 3+ reps short of the target",
              SafetyRules::reduceAboveRm),
          new Rule(
              "KEEP_PAIN_ACCEPTABLE", "pain during 4-5/10", ProgressRules::keepForAcceptablePain),
          new Rule(
              "KEEP_MORNING_WORSE",
              "next morning 1 point worse than before the session",
              ProgressRules::keepForSlightlyWorseMorning),
          new Rule(
              "KEEP_AWAITING_PAIN",
              "pain during or next-morning score not reported yet",
              ProgressRules::keepAwaitingPain),
          new Rule(
              "KEEP_MISSED_SESSIONS",
              "2-3 sessions missed",
              ProgressRules::keepAfterMissedSessions),
          new Rule(
              "KEEP_HEEL_LOADING",
              "heel-loading flags in 25%+ of reps",
              ProgressRules::keepForHeelLoading),
          new Rule("KEEP_TEMPO", "tempo adherence below 80%", ProgressRules::keepForTempo),
          new Rule("NEXT_PHASE", "the next phase's start week is reached", AdvanceRules::nextPhase),
          new Rule(
              "KEEP_AT_RM",
              "a set short of the target valid reps or degraded",
              ProgressRules::keepAtRm),
          new Rule(
              "KEEP_ONE_MORE_RESERVE",
              "fewer than 2 sessions in a row with reserve",
              AdvanceRules::keepForOneMoreReserve),
          new Rule("TO_SINGLE_LEG", "two-legged and done with reserve", AdvanceRules::toSingleLeg),
          new Rule("INCREASE_LOAD", "everything in order", AdvanceRules::increase));
}
