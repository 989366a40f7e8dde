package io.plantaris.programme;

import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.RmSignal;
import java.time.Instant;
import java.util.List;

/**
 * One finished session of a patient: its sets as the analysis judged them.
 *
 * @param at when the session ended
 * @param unseenMillis how long an insole said it could not see a heel raise during the session (the
 *     heel over a step edge, a zone silent: see {@link BlindStance}); the reps counted then say
 *     nothing of what was done
 * @param unseenReason why, for most of that time; null when the insoles saw throughout
 */
public record SessionOutcome(
    String sessionId,
    String patientId,
    Instant at,
    List<SetOutcome> sets,
    long unseenMillis,
    BlindStance.Reason unseenReason) {

  public SessionOutcome {
    Check.id("sessionId", sessionId);
    Check.id("patientId", patientId);
    Check.notNull("at", at);
    sets = List.copyOf(sets);
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("session " + sessionId + " has no sets");
    }
    if (unseenMillis < 0) {
      throw new IllegalArgumentException("session " + sessionId + ": unseen time below 0");
    }
  }

  /** A session the insoles saw throughout. */
  public SessionOutcome(String sessionId, String patientId, Instant at, List<SetOutcome> sets) {
    this(sessionId, patientId, at, sets, 0, null);
  }

  public int totalReps() {
    return sets.stream().mapToInt(SetOutcome::reps).sum();
  }

  public int heelLoadingFlags() {
    return sets.stream().mapToInt(SetOutcome::heelLoadingFlags).sum();
  }

  /** Heel-loading flags per rep performed, 0 when no rep was performed. */
  public double heelLoadingRate() {
    int reps = totalReps();
    return reps == 0 ? 0 : (double) heelLoadingFlags() / reps;
  }

  /** Reps performed in the shortest set. */
  public int fewestReps() {
    return sets.stream().mapToInt(SetOutcome::reps).min().orElse(0);
  }

  public int fewestValidReps() {
    return sets.stream().mapToInt(SetOutcome::validReps).min().orElse(0);
  }

  public int mostValidReps() {
    return sets.stream().mapToInt(SetOutcome::validReps).max().orElse(0);
  }

  /**
   * Reps-weighted tempo adherence over the sets whose phases were timed; NaN when the insoles timed
   * none (the tempo is then not judged), 0 without reps.
   */
  public double tempoAdherence() {
    if (totalReps() == 0) {
      return 0;
    }
    int reps = 0;
    double sum = 0;
    for (SetOutcome s : sets) {
      if (!Double.isNaN(s.tempoAdherence())) {
        reps += s.reps();
        sum += s.tempoAdherence() * s.reps();
      }
    }
    return reps == 0 ? Double.NaN : sum / reps;
  }

  /** Every prescribed set done, every one with all target reps valid and reserve left. */
  public boolean completedWithReserve(int targetReps, int targetSets) {
    return sets.size() >= targetSets
        && sets.stream()
            .allMatch(
                s ->
                    s.validReps() >= targetReps && s.rmSignal() == RmSignal.COMPLETED_WITH_RESERVE);
  }

  /** "3 sets of 12 valid reps" when all sets agree, else "valid reps 12, 11, 12". */
  public String validRepsText() {
    int first = sets.get(0).validReps();
    if (sets.stream().allMatch(s -> s.validReps() == first)) {
      return sets.size() + (sets.size() == 1 ? " set of " : " sets of ") + first + " valid reps";
    }
    StringBuilder b = new StringBuilder("valid reps ");
    for (int i = 0; i < sets.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(sets.get(i).validReps());
    }
    return b.toString();
  }
}
