package io.plantaris.analysis;

/**
 * What the clinician prescribed for a set: the tempo of each phase, how strictly it is judged, the
 * range needed, and the reps and load.
 *
 * @param tempoTolerance a phase shorter than {@code target * (1 - tempoTolerance)} is too fast
 * @param rangeFraction a rise below this fraction of the person's full range is a partial rep
 */
public record Prescription(
    long upMillis,
    long holdMillis,
    long downMillis,
    double tempoTolerance,
    double rangeFraction,
    boolean singleLeg,
    int targetReps,
    double addedLoadKg) {

  public static final double DEFAULT_TEMPO_TOLERANCE = 0.25;
  public static final double DEFAULT_RANGE_FRACTION = 0.7;

  public Prescription {
    if (upMillis <= 0 || holdMillis < 0 || downMillis <= 0) {
      throw new IllegalArgumentException(
          "phase targets must be positive: " + upMillis + "/" + holdMillis + "/" + downMillis);
    }
    if (!(tempoTolerance >= 0 && tempoTolerance < 1)) {
      throw new IllegalArgumentException("tempoTolerance must be in [0, 1), was " + tempoTolerance);
    }
    if (!(rangeFraction > 0 && rangeFraction <= 1)) {
      throw new IllegalArgumentException("rangeFraction must be in (0, 1], was " + rangeFraction);
    }
    if (targetReps <= 0) {
      throw new IllegalArgumentException("targetReps must be > 0, was " + targetReps);
    }
    if (!(addedLoadKg >= 0)) {
      throw new IllegalArgumentException("addedLoadKg must be >= 0, was " + addedLoadKg);
    }
  }

  /** Rathleff 2015: single-leg, 3 s up, 2 s hold, 3 s down, 12 reps, body weight. */
  public static Prescription rathleff() {
    return new Prescription(
        3000, 2000, 3000, DEFAULT_TEMPO_TOLERANCE, DEFAULT_RANGE_FRACTION, true, 12, 0);
  }

  /** Same prescription with another tempo and rep target. */
  public Prescription withTempo(long up, long hold, long down, int reps) {
    return new Prescription(
        up, hold, down, tempoTolerance, rangeFraction, singleLeg, reps, addedLoadKg);
  }

  /** Same prescription, single-leg or not. */
  public Prescription withSingleLeg(boolean single) {
    return new Prescription(
        upMillis,
        holdMillis,
        downMillis,
        tempoTolerance,
        rangeFraction,
        single,
        targetReps,
        addedLoadKg);
  }

  /** Parses {@code "3-2-3"} (seconds up, hold, down) into a prescription with default rest. */
  public static Prescription parseTempo(String tempo, int reps) {
    String[] parts = tempo.trim().split("-");
    if (parts.length != 3) {
      throw new IllegalArgumentException("tempo must look like 3-2-3, was " + tempo);
    }
    try {
      return rathleff()
          .withTempo(
              Math.round(Double.parseDouble(parts[0]) * 1000),
              Math.round(Double.parseDouble(parts[1]) * 1000),
              Math.round(Double.parseDouble(parts[2]) * 1000),
              reps);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("tempo must look like 3-2-3, was " + tempo, e);
    }
  }
}
