package io.plantaris.dashboard;

import io.plantaris.analysis.RepFlag;
import io.plantaris.programme.Decision;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A patient's adherence over the last four weeks and why the clinician should look, in plain words:
 * pain rising, heel-loading faults rising, missed sessions, a decision waiting for review. Rising
 * compares the last two weeks with the two before.
 *
 * @param sessionsPrescribed sessions the interval asks for in the window (every second day: 14)
 * @param lastSession start of the newest session; null when there is none
 */
record Attention(
    int sessionsDone, int sessionsPrescribed, Instant lastSession, List<String> reasons) {

  static final Duration WINDOW = Duration.ofDays(28);
  static final Duration HALF = Duration.ofDays(14);

  /** Mean pain during exercise must rise this much (0-10 scale) to be called rising. */
  static final double PAIN_RISE = 1.0;

  /** Share of reps with a heel-loading fault: rise needed, and the least recent share to care. */
  static final double HEEL_RISE = 0.10;

  static final double HEEL_RECENT_MIN = 0.15;

  /** Missed sessions in the window before it is worth saying. */
  static final int MISSED_MIN = 2;

  static final Set<RepFlag> HEEL_FLAGS =
      Set.of(RepFlag.HEEL_LOADED_AT_TOP, RepFlag.HEEL_SLAM, RepFlag.BOUNCE);

  Attention {
    reasons = List.copyOf(reasons);
  }

  /**
   * @param programmeStart the first day sessions were due; null counts the whole window
   * @param sessions the patient's sessions (those before the window only count for the last one)
   */
  static Attention of(
      Instant now,
      int intervalDays,
      Instant programmeStart,
      List<StoredSession> sessions,
      List<StoredRep> reps,
      List<Pain> pain,
      List<Decision> proposed) {
    Instant start = now.minus(WINDOW);
    if (programmeStart != null && programmeStart.isAfter(start)) {
      start = programmeStart;
    }
    Instant from = start;
    int done = (int) sessions.stream().filter(s -> !at(s.startMicros()).isBefore(from)).count();
    int prescribed = (int) Math.max(0, Duration.between(start, now).toDays() / intervalDays);
    Instant last = sessions.isEmpty() ? null : at(sessions.get(sessions.size() - 1).startMicros());

    List<String> reasons = new ArrayList<>();
    Instant mid = now.minus(HALF);
    Instant early = now.minus(WINDOW);
    double painBefore = meanPain(pain, early, mid);
    double painNow = meanPain(pain, mid, now);
    if (painNow - painBefore >= PAIN_RISE) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "pain during exercise rising: %.1f to %.1f of 10 (the two weeks before vs the last"
                  + " two)",
              painBefore,
              painNow));
    }
    double heelBefore = heelShare(reps, early, mid);
    double heelNow = heelShare(reps, mid, now);
    if (heelNow - heelBefore >= HEEL_RISE && heelNow >= HEEL_RECENT_MIN) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "heel-loading flags rising: %.0f%% to %.0f%% of reps (heel took weight during the"
                  + " hold, slammed down or bounced)",
              100 * heelBefore,
              100 * heelNow));
    }
    if (prescribed - done >= MISSED_MIN) {
      reasons.add(
          "missed sessions: "
              + done
              + " of "
              + prescribed
              + " prescribed (every "
              + intervalDays
              + " days) in the last "
              + Duration.between(start, now).toDays()
              + " days");
    }
    if (last == null) {
      reasons.add("no session recorded yet");
    } else if (Duration.between(last, now).toDays() > 2L * intervalDays) {
      reasons.add("no session for " + Duration.between(last, now).toDays() + " days");
    }
    for (Decision d : proposed) {
      reasons.add(
          "a decision waits for your review: "
              + d.proposed().words()
              + " ("
              + d.reasons().get(0)
              + ")");
    }
    return new Attention(done, prescribed, last, reasons);
  }

  /** Mean pain during exercise in {@code [from, to)}; NaN when none was reported. */
  static double meanPain(List<Pain> pain, Instant from, Instant to) {
    return pain.stream()
        .filter(Pain::duringExercise)
        .filter(in(from, to, Pain::at))
        .mapToInt(Pain::score)
        .average()
        .orElse(Double.NaN);
  }

  /** Share of reps in {@code [from, to)} with a heel-loading flag; NaN without reps. */
  static double heelShare(List<StoredRep> reps, Instant from, Instant to) {
    List<StoredRep> in =
        reps.stream().filter(in(from, to, r -> at(r.rep().upStartMicros()))).toList();
    if (in.isEmpty()) {
      return Double.NaN;
    }
    long heel = in.stream().filter(Attention::heelLoaded).count();
    return (double) heel / in.size();
  }

  static boolean heelLoaded(StoredRep r) {
    return r.rep().flags().stream().anyMatch(HEEL_FLAGS::contains);
  }

  private static <T> Predicate<T> in(
      Instant from, Instant to, java.util.function.Function<T, Instant> time) {
    return x -> !time.apply(x).isBefore(from) && time.apply(x).isBefore(to);
  }

  static Instant at(long micros) {
    return Instant.ofEpochSecond(0, micros * 1000);
  }
}
