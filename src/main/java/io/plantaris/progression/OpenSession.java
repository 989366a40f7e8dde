package io.plantaris.progression;

import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.programme.SetOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A patient's session while it runs: its reps and finished sets. Guarded by its tracker. */
final class OpenSession {
  final String patientId;
  final long startMicros;
  long lastEventMicros;
  long lastArrivalMillis;
  final List<RepEvent> reps = new ArrayList<>();
  final List<SetSummary> sets = new ArrayList<>();

  /** Times an insole said it could not see a heel raise (wall-clock micros). */
  final List<BlindStance> unseen = new ArrayList<>();

  OpenSession(String patientId, long startMicros, long arrivalMillis) {
    this.patientId = patientId;
    this.startMicros = startMicros;
    this.lastEventMicros = startMicros;
    this.lastArrivalMillis = arrivalMillis;
  }

  OpenSessionFile.Saved saved() {
    return new OpenSessionFile.Saved(
        patientId,
        startMicros,
        lastEventMicros,
        lastArrivalMillis,
        List.copyOf(reps),
        List.copyOf(sets),
        List.copyOf(unseen));
  }

  static OpenSession of(OpenSessionFile.Saved s) {
    OpenSession o = new OpenSession(s.patientId(), s.startMicros(), s.lastArrivalMillis());
    o.lastEventMicros = s.lastEventMicros();
    o.reps.addAll(s.reps());
    o.sets.addAll(s.sets());
    o.unseen.addAll(s.unseen());
    return o;
  }

  /**
   * Patient and first upStart: the store's session point has the same identity, so the two can be
   * joined.
   */
  String sessionId() {
    String p = patientId.length() > 60 ? patientId.substring(0, 60) : patientId;
    return p + "-" + startMicros;
  }

  /** Reps after the end of the last finished set: a set not yet closed by the analysis. */
  int runningSetReps() {
    long lastSetEnd = sets.stream().mapToLong(SetSummary::endMicros).max().orElse(Long.MIN_VALUE);
    return (int) reps.stream().filter(r -> r.upStartMicros() > lastSetEnd).count();
  }

  /**
   * The session as the programme judges it, sets numbered from 1; empty while no set has finished
   * (reps alone say nothing about reserve or tempo over a set). It ends at its last set's end, but
   * never after {@code now}: a replay faster than real time, or an insole's clock running ahead,
   * must not date a session after the decision on it (a next-morning report would not find it).
   */
  Optional<SessionOutcome> outcome(Instant now) {
    if (sets.isEmpty()) {
      return Optional.empty();
    }
    List<SetOutcome> out = new ArrayList<>();
    long endMicros = startMicros;
    for (SetSummary s : sets) {
      SetOutcome o = SetOutcome.from(s, reps);
      out.add(
          new SetOutcome(
              out.size() + 1,
              o.reps(),
              o.validReps(),
              o.tempoAdherence(),
              o.heelLoadingFlags(),
              o.rmSignal()));
      endMicros = Math.max(endMicros, s.endMicros());
    }
    Instant end = instant(endMicros);
    return Optional.of(
        new SessionOutcome(
            sessionId(),
            patientId,
            end.isAfter(now) ? now : end,
            out,
            unseenMillis(),
            unseenReason()));
  }

  /** How long any insole could not see a heel raise, overlaps of the two insoles counted once. */
  long unseenMillis() {
    List<BlindStance> byStart = new ArrayList<>(unseen);
    byStart.sort(Comparator.comparingLong(BlindStance::fromMicros));
    long total = 0;
    long upTo = Long.MIN_VALUE;
    for (BlindStance b : byStart) {
      long from = Math.max(b.fromMicros(), upTo);
      if (b.toMicros() > from) {
        total += b.toMicros() - from;
      }
      upTo = Math.max(upTo, b.toMicros());
    }
    return total / 1000;
  }

  /** Why, for the longest reason in all; null when the insoles saw throughout. */
  BlindStance.Reason unseenReason() {
    Map<BlindStance.Reason, Long> byReason = new EnumMap<>(BlindStance.Reason.class);
    for (BlindStance b : unseen) {
      byReason.merge(b.reason(), b.toMicros() - b.fromMicros(), Long::sum);
    }
    return byReason.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
  }
}
