package io.plantaris.programme;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Everything one decision is based on, already matched to the session: the prescription in force
 * then, the session, its pain scores, adherence and the run of good sessions before it.
 *
 * @param painDuring worst DURING score for the session, if reported
 * @param painNextMorning first NEXT_MORNING score after the session, if reported yet
 * @param baselineMorning the last morning score before the session (or the BEFORE score)
 * @param missedSessions sessions missed between the previous session and this one
 * @param previousSessionsWithReserve consecutive sessions just before this one completed with
 *     reserve at the same load, phase and leg
 */
public record ProgressionInput(
    PrescriptionVersion prescription,
    SessionOutcome session,
    OptionalInt painDuring,
    OptionalInt painNextMorning,
    OptionalInt baselineMorning,
    int missedSessions,
    int previousSessionsWithReserve) {

  public ProgressionInput {
    Check.notNull("prescription", prescription);
    Check.notNull("session", session);
    Check.notNull("painDuring", painDuring);
    Check.notNull("painNextMorning", painNextMorning);
    Check.notNull("baselineMorning", baselineMorning);
    if (!prescription.patientId().equals(session.patientId())) {
      throw new IllegalArgumentException("prescription and session are for different patients");
    }
    if (missedSessions < 0 || previousSessionsWithReserve < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  public Trigger trigger() {
    return painNextMorning.isPresent() ? Trigger.AFTER_NEXT_MORNING : Trigger.AFTER_SESSION;
  }

  public int targetReps() {
    return prescription.phase().repMax();
  }

  public int targetSets() {
    return prescription.phase().sets();
  }

  public double loadKg() {
    return prescription.addedLoadKg();
  }

  /** Next-morning score minus baseline; 0 when either is missing. */
  public int morningChange() {
    return painNextMorning.isPresent() && baselineMorning.isPresent()
        ? painNextMorning.getAsInt() - baselineMorning.getAsInt()
        : 0;
  }

  public boolean completedWithReserve() {
    return session.completedWithReserve(targetReps(), targetSets());
  }

  /** One line of what went in, stored with the decision. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "session %s, prescription v%d (%s), week %d; %s of %d; tempo adherence %s;"
            + " heel-loading flags %d/%d reps; pain during %s, next morning %s (baseline %s);"
            + " missed sessions %d; earlier sessions with reserve %d",
        session.sessionId(),
        prescription.version(),
        prescription.label(),
        prescription.programmeWeek(session.at()),
        session.validRepsText(),
        targetReps(),
        Double.isNaN(session.tempoAdherence())
            ? "not observable"
            : String.format(Locale.ROOT, "%.0f%%", 100 * session.tempoAdherence()),
        session.heelLoadingFlags(),
        session.totalReps(),
        score(painDuring),
        score(painNextMorning),
        score(baselineMorning),
        missedSessions,
        previousSessionsWithReserve);
  }

  static String score(OptionalInt s) {
    return s.isPresent() ? s.getAsInt() + "/10" : "not reported";
  }
}
