package io.plantaris.programme;

import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.Tempo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One version of a patient's prescription, in force from {@code effectiveAt} until the next
 * version; history is always judged against the version that was in force at the time.
 *
 * @param version 1-based, one higher for every edit
 * @param programmeStart day 1 of week 1, from which phase start weeks count
 * @param phaseIndex 0-based index into {@code phases} of the phase in force
 * @param rangeFraction a rise below this fraction of the person's full range is a partial rep
 * @param intervalDays prescribed days between sessions (2 = every second day)
 * @param addedLoadKg load carried on top of body weight (backpack of books)
 * @param editedBy clinician id, or "engine" for an accepted proposal
 */
public record PrescriptionVersion(
    String patientId,
    int version,
    Instant effectiveAt,
    Instant programmeStart,
    List<Phase> phases,
    int phaseIndex,
    Tempo tempo,
    double rangeFraction,
    int intervalDays,
    double addedLoadKg,
    boolean singleLeg,
    String editedBy,
    String note) {

  /** Rathleff 2015: 12RM x 3, then 10RM x 4 from week 3, then 8RM x 5 from week 5. */
  public static final List<Phase> RATHLEFF_PHASES =
      List.of(new Phase(12, 3, 1), new Phase(10, 4, 3), new Phase(8, 5, 5));

  public PrescriptionVersion {
    Check.id("patientId", patientId);
    Check.id("editedBy", editedBy);
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
    Check.notNull("effectiveAt", effectiveAt);
    Check.notNull("programmeStart", programmeStart);
    Check.notNull("tempo", tempo);
    phases = List.copyOf(phases);
    if (phases.isEmpty() || phases.get(0).startWeek() != 1) {
      throw new IllegalArgumentException("the first phase must start in week 1");
    }
    for (int i = 1; i < phases.size(); i++) {
      if (phases.get(i).startWeek() <= phases.get(i - 1).startWeek()) {
        throw new IllegalArgumentException("phase start weeks must increase: " + phases);
      }
    }
    if (phaseIndex < 0 || phaseIndex >= phases.size()) {
      throw new IllegalArgumentException(
          "phaseIndex must be in 0.." + (phases.size() - 1) + ", was " + phaseIndex);
    }
    if (!(rangeFraction > 0 && rangeFraction <= 1)) {
      throw new IllegalArgumentException("rangeFraction must be in (0, 1], was " + rangeFraction);
    }
    if (intervalDays < 1 || intervalDays > 7) {
      throw new IllegalArgumentException("intervalDays must be in 1..7, was " + intervalDays);
    }
    if (!(addedLoadKg >= 0 && addedLoadKg <= 150)) {
      throw new IllegalArgumentException("addedLoadKg must be in 0..150, was " + addedLoadKg);
    }
    note = note == null ? "" : note;
  }

  /** Version 1 of the published programme for a patient, body weight, single-leg, every 2 days. */
  public static PrescriptionVersion rathleff(String patientId, Instant start, String editedBy) {
    return new PrescriptionVersion(
        patientId,
        1,
        start,
        start,
        RATHLEFF_PHASES,
        0,
        Tempo.RATHLEFF,
        Prescription.DEFAULT_RANGE_FRACTION,
        2,
        0,
        true,
        editedBy,
        "Rathleff 2015 default");
  }

  /** The phase in force. */
  public Phase phase() {
    return phases.get(phaseIndex);
  }

  /** 1-based programme week of an instant (week 1 = the first 7 days). */
  public int programmeWeek(Instant at) {
    long days = Duration.between(programmeStart, at).toDays();
    return (int) Math.max(0, days / 7) + 1;
  }

  /** What the analysis core judges each set against, and the pages show and beat. */
  public Prescription toAnalysis() {
    return new Prescription(
        tempo, rangeFraction, singleLeg, phase().repMax(), phase().sets(), addedLoadKg);
  }

  /** A short description, e.g. "12RM x 3 sets at 6 kg, single-leg, 3-2-3 s, every 2 days". */
  public String label() {
    return phase().label()
        + " "
        + Kg.load(addedLoadKg)
        + (singleLeg ? ", single-leg, " : ", two-legged, ")
        + tempo.label()
        + ", every "
        + intervalDays
        + " days";
  }

  /** The next version with edited fields, in force from {@code at}. */
  public PrescriptionVersion next(
      Instant at,
      int newPhaseIndex,
      Tempo newTempo,
      double newLoadKg,
      boolean newSingleLeg,
      String by,
      String why) {
    if (at.isBefore(effectiveAt)) {
      throw new IllegalArgumentException(
          "an edit cannot take effect ("
              + at
              + ") before the version it replaces ("
              + effectiveAt
              + ")");
    }
    return new PrescriptionVersion(
        patientId,
        version + 1,
        at,
        programmeStart,
        phases,
        newPhaseIndex,
        newTempo,
        rangeFraction,
        intervalDays,
        newLoadKg,
        newSingleLeg,
        by,
        why);
  }
}
