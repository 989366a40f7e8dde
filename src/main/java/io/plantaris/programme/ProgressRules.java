package io.plantaris.programme;

import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.RmSignal;
import java.util.Locale;
import java.util.Optional;

/** Rules that hold the load where it is, or move the programme on when everything is in order. */
final class ProgressRules {
  private ProgressRules() {}

  /**
   * An insole said, for this long of a session, that it could not see a heel raise: the reps it
   * counted then are no measure of what was done, so neither a shortfall nor reserve is read from
   * them. Shorter times (a rep missed in a set) leave the counts to the rules below.
   */
  static final long UNSEEN_KEEP_MILLIS = 30_000;

  static Optional<Verdict> keepWhenUnseen(ProgressionInput in, ProgressionConfig cfg) {
    SessionOutcome s = in.session();
    if (s.unseenMillis() < UNSEEN_KEEP_MILLIS) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.keep(
            "the insole could not see the heel raises for "
                + duration(s.unseenMillis())
                + " of the session ("
                + unseenWhy(s.unseenReason())
                + "), so the reps counted say nothing of the load: "
                + keep(in)
                + " until a session is seen whole"));
  }

  /** "80 s", "2.1 min". */
  private static String duration(long millis) {
    long s = Math.round(millis / 1000.0);
    return s < 90 ? s + " s" : String.format(Locale.ROOT, "%.1f min", s / 60.0);
  }

  private static String unseenWhy(BlindStance.Reason r) {
    if (r == null) {
      return "no reason given";
    }
    return switch (r) {
      case STEP_EDGE, EDGE_UNSEEN ->
          "the heel over a step edge; do them on the floor with a towel under the toes";
      case ZONE_SILENT -> "a zone of the insole stopped measuring; check the insole";
    };
  }

  static Optional<Verdict> keepForAcceptablePain(ProgressionInput in, ProgressionConfig cfg) {
    if (in.painDuring().isEmpty()
        || PainZone.of(in.painDuring().getAsInt(), cfg) != PainZone.ACCEPTABLE) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.keep(
            "pain "
                + in.painDuring().getAsInt()
                + "/10 during the session is acceptable ("
                + (cfg.safePainMax() + 1)
                + "-"
                + cfg.acceptablePainMax()
                + ") but not safe (0-"
                + cfg.safePainMax()
                + "): "
                + keep(in)));
  }

  static Optional<Verdict> keepForSlightlyWorseMorning(ProgressionInput in, ProgressionConfig cfg) {
    int worse = in.morningChange();
    if (worse < cfg.morningWorseKeepPoints()) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.keep(
            "next-morning pain "
                + in.painNextMorning().getAsInt()
                + "/10 is "
                + worse
                + (worse == 1 ? " point" : " points")
                + " worse than "
                + in.baselineMorning().getAsInt()
                + "/10 before the session: "
                + keep(in)
                + " until it settles"));
  }

  static Optional<Verdict> keepAwaitingPain(ProgressionInput in, ProgressionConfig cfg) {
    if (in.painDuring().isEmpty()) {
      return Optional.of(Verdict.keep("no pain score for the session: " + keep(in)));
    }
    if (in.painNextMorning().isEmpty()) {
      return Optional.of(
          Verdict.keep(
              "pain "
                  + in.painDuring().getAsInt()
                  + "/10 during the session, no next-morning report yet: "
                  + keep(in)
                  + " until the 24-hour response is in"));
    }
    return Optional.empty();
  }

  static Optional<Verdict> keepAfterMissedSessions(ProgressionInput in, ProgressionConfig cfg) {
    if (in.missedSessions() < cfg.missedSessionsKeep()) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.keep(
            in.missedSessions()
                + " sessions missed since the previous one (every "
                + in.prescription().intervalDays()
                + " days prescribed): "
                + keep(in)
                + " until training is regular again"));
  }

  static Optional<Verdict> keepForHeelLoading(ProgressionInput in, ProgressionConfig cfg) {
    double rate = in.session().heelLoadingRate();
    if (rate < cfg.heelLoadingRateMax() - 1e-9) {
      return Optional.empty();
    }
    return Optional.of(
        Verdict.keep(
            String.format(
                Locale.ROOT,
                "heel loading in %d of %d reps (%.0f%%, limit %.0f%%): %s and work on control",
                in.session().heelLoadingFlags(),
                in.session().totalReps(),
                100 * rate,
                100 * cfg.heelLoadingRateMax(),
                keep(in))));
  }

  static Optional<Verdict> keepForTempo(ProgressionInput in, ProgressionConfig cfg) {
    double adherence = in.session().tempoAdherence();
    if (Double.isNaN(adherence) || adherence >= cfg.minTempoAdherence()) {
      // NaN: the insoles could not time the phases, so the tempo neither holds nor fails
      return Optional.empty();
    }
    return Optional.of(
        Verdict.keep(
            String.format(
                Locale.ROOT,
                "tempo adherence %.0f%% (below %.0f%%) at %s: %s until the tempo holds",
                100 * adherence,
                100 * cfg.minTempoAdherence(),
                in.prescription().tempo().label(),
                keep(in))));
  }

  static Optional<Verdict> keepAtRm(ProgressionInput in, ProgressionConfig cfg) {
    if (in.completedWithReserve()) {
      return Optional.empty();
    }
    SessionOutcome s = in.session();
    String what;
    if (s.sets().size() < in.targetSets()) {
      return Optional.of(
          Verdict.keep(
              s.sets().size()
                  + " of "
                  + in.targetSets()
                  + " sets done: "
                  + keep(in)
                  + " until all sets are done"));
    }
    if (s.fewestValidReps() < in.targetReps()) {
      what = s.validRepsText() + " of " + in.targetReps() + " " + Kg.load(in.loadKg());
    } else {
      long degraded =
          s.sets().stream().filter(x -> x.rmSignal() != RmSignal.COMPLETED_WITH_RESERVE).count();
      what =
          s.validRepsText()
              + " "
              + Kg.load(in.loadKg())
              + ", but the last reps lost height or tempo in "
              + degraded
              + (degraded == 1 ? " set" : " sets");
    }
    return Optional.of(
        Verdict.keep(what + ": the load is at " + in.targetReps() + "RM, " + keep(in)));
  }

  static String keep(ProgressionInput in) {
    return in.loadKg() == 0 ? "keep body weight" : "keep " + Kg.amount(in.loadKg());
  }

  /** "3 sets of 12 valid reps at 6 kg, pain 2/10 and settled next morning (2/10)". */
  static String goodSession(ProgressionInput in) {
    return in.session().validRepsText()
        + " "
        + Kg.load(in.loadKg())
        + ", pain "
        + in.painDuring().getAsInt()
        + "/10 and settled next morning ("
        + in.painNextMorning().getAsInt()
        + "/10)";
  }
}
