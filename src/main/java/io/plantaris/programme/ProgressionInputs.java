package io.plantaris.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/** Matches a session with the prescription then in force, its pain scores and its history. */
public final class ProgressionInputs {
  private ProgressionInputs() {}

  /**
   * The inputs for deciding on {@code session}.
   *
   * @param sessions the patient's sessions, any order (may include {@code session})
   * @param pain the patient's pain reports, any order
   */
  public static ProgressionInput assemble(
      PrescriptionHistory history,
      List<SessionOutcome> sessions,
      List<PainReport> pain,
      SessionOutcome session,
      ProgressionConfig cfg) {
    Instant at = session.at();
    PrescriptionVersion rx =
        history
            .at(at)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no prescription in force at " + at + " for " + session.patientId()));
    List<SessionOutcome> earlier =
        sessions.stream()
            .filter(s -> s.at().isBefore(at))
            .sorted(Comparator.comparing(SessionOutcome::at).reversed())
            .toList();
    int missed = 0;
    if (!earlier.isEmpty()) {
      long gapHours = Duration.between(earlier.get(0).at(), at).toHours();
      missed = (int) Math.max(0, gapHours / (24L * rx.intervalDays()) - 1);
    }
    return new ProgressionInput(
        rx,
        session,
        worstDuring(pain, at, cfg),
        firstMorning(pain, at, cfg),
        baseline(pain, at),
        missed,
        reserveStreak(history, earlier, rx));
  }

  private static OptionalInt worstDuring(List<PainReport> pain, Instant at, ProgressionConfig cfg) {
    Instant from = at.minus(Duration.ofHours(cfg.painDuringWindowHours()));
    Instant to = at.plus(Duration.ofHours(cfg.painDuringWindowHours()));
    return pain.stream()
        .filter(p -> p.kind() == PainKind.DURING)
        .filter(p -> !p.at().isBefore(from) && !p.at().isAfter(to))
        .mapToInt(PainReport::score)
        .max();
  }

  private static OptionalInt firstMorning(
      List<PainReport> pain, Instant at, ProgressionConfig cfg) {
    Instant to = at.plus(Duration.ofHours(cfg.morningWindowHours()));
    return pain.stream()
        .filter(p -> p.kind() == PainKind.NEXT_MORNING)
        .filter(p -> p.at().isAfter(at) && !p.at().isAfter(to))
        .min(Comparator.comparing(PainReport::at))
        .map(p -> OptionalInt.of(p.score()))
        .orElse(OptionalInt.empty());
  }

  /** The last morning score before the session, else the score given just before it. */
  private static OptionalInt baseline(List<PainReport> pain, Instant at) {
    return pain.stream()
        .filter(p -> p.kind() == PainKind.NEXT_MORNING || p.kind() == PainKind.BEFORE)
        .filter(p -> p.at().isBefore(at))
        .max(
            Comparator.comparing((PainReport p) -> p.kind() == PainKind.NEXT_MORNING)
                .thenComparing(PainReport::at))
        .map(p -> OptionalInt.of(p.score()))
        .orElse(OptionalInt.empty());
  }

  private static int reserveStreak(
      PrescriptionHistory history, List<SessionOutcome> newestFirst, PrescriptionVersion rx) {
    int streak = 0;
    for (SessionOutcome s : newestFirst) {
      PrescriptionVersion then = history.at(s.at()).orElse(null);
      boolean sameLoad =
          then != null
              && then.phaseIndex() == rx.phaseIndex()
              && then.addedLoadKg() == rx.addedLoadKg()
              && then.singleLeg() == rx.singleLeg();
      if (!sameLoad || !s.completedWithReserve(then.phase().repMax(), then.phase().sets())) {
        break;
      }
      streak++;
    }
    return streak;
  }
}
