package io.plantaris.programme;

import java.util.Optional;

/** Rules that move the programme forward once pain, adherence and form allow it. */
final class AdvanceRules {
  private AdvanceRules() {}

  static Optional<Verdict> nextPhase(ProgressionInput in, ProgressionConfig cfg) {
    PrescriptionVersion rx = in.prescription();
    int week = rx.programmeWeek(in.session().at());
    if (rx.phaseIndex() + 1 >= rx.phases().size()) {
      return Optional.empty();
    }
    Phase next = rx.phases().get(rx.phaseIndex() + 1);
    if (week < next.startWeek()) {
      return Optional.empty();
    }
    String move =
        "week "
            + week
            + " of the programme: move from "
            + rx.phase().label()
            + " to "
            + next.label();
    if (in.completedWithReserve()) {
      double add = cfg.increaseKg(in.loadKg());
      return Optional.of(
          Verdict.of(
              new Change(Action.NEXT_PHASE, add),
              move + "; " + ProgressRules.goodSession(in) + ": add " + Kg.amount(add)));
    }
    return Optional.of(Verdict.of(Change.of(Action.NEXT_PHASE), move + " " + Kg.load(in.loadKg())));
  }

  static Optional<Verdict> keepForOneMoreReserve(ProgressionInput in, ProgressionConfig cfg) {
    int streak = in.previousSessionsWithReserve() + 1;
    if (streak >= cfg.sessionsWithReserveBeforeIncrease()) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.keep(
            ProgressRules.goodSession(in)
                + ", "
                + streak
                + " of "
                + cfg.sessionsWithReserveBeforeIncrease()
                + " sessions in a row with reserve: "
                + ProgressRules.keep(in)
                + " once more"));
  }

  static Optional<Verdict> toSingleLeg(ProgressionInput in, ProgressionConfig cfg) {
    if (in.prescription().singleLeg()) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.of(
            Change.of(Action.TO_SINGLE_LEG),
            "two-legged: "
                + ProgressRules.goodSession(in)
                + ", "
                + (in.previousSessionsWithReserve() + 1)
                + " sessions in a row with reserve: try single-leg again"));
  }

  static Optional<Verdict> increase(ProgressionInput in, ProgressionConfig cfg) {
    double add = cfg.increaseKg(in.loadKg());
    return Optional.of(
        Verdict.of(
            new Change(Action.INCREASE_LOAD, add),
            ProgressRules.goodSession(in)
                + ", "
                + (in.previousSessionsWithReserve() + 1)
                + " sessions in a row with reserve: add "
                + Kg.amount(add)));
  }
}
