package io.plantaris.analysis;

/**
 * What the clinician prescribed for a set: the tempo of each phase and how strictly it is judged,
 * the range needed, single- or two-legged, the reps and sets, and the load. The one prescription
 * model: the programme's versions produce it ({@code PrescriptionVersion.toAnalysis()}), the live
 * analysis judges each set against the one in force when the set starts, the simulator performs it
 * and the pages show it.
 *
 * @param rangeFraction a rise below this fraction of the person's full range is a partial rep
 * @param targetReps reps per set (the phase's RM)
 * @param sets sets per session
 * @param addedLoadKg load carried on top of body weight
 */
public record Prescription(
    Tempo tempo,
    double rangeFraction,
    boolean singleLeg,
    int targetReps,
    int sets,
    double addedLoadKg) {

  public static final double DEFAULT_TEMPO_TOLERANCE = Tempo.DEFAULT_TOLERANCE;
  public static final double DEFAULT_RANGE_FRACTION = 0.7;
  public static final int DEFAULT_SETS = 3;

  public Prescription {
    if (tempo == null) {
      throw new IllegalArgumentException("tempo must not be null");
    }
    if (!(rangeFraction > 0 && rangeFraction <= 1)) {
      throw new IllegalArgumentException("rangeFraction must be in (0, 1], was " + rangeFraction);
    }
    if (targetReps <= 0) {
      throw new IllegalArgumentException("targetReps must be > 0, was " + targetReps);
    }
    if (sets <= 0) {
      throw new IllegalArgumentException("sets must be > 0, was " + sets);
    }
    if (!(addedLoadKg >= 0)) {
      throw new IllegalArgumentException("addedLoadKg must be >= 0, was " + addedLoadKg);
    }
  }

  /** A prescription of {@link #DEFAULT_SETS} sets from phase times and a tolerance. */
  public Prescription(
      long upMillis,
      long holdMillis,
      long downMillis,
      double tempoTolerance,
      double rangeFraction,
      boolean singleLeg,
      int targetReps,
      double addedLoadKg) {
    this(
        new Tempo(upMillis, holdMillis, downMillis, tempoTolerance),
        rangeFraction,
        singleLeg,
        targetReps,
        DEFAULT_SETS,
        addedLoadKg);
  }

  /** Rathleff 2015: single-leg, 3 s up, 2 s hold, 3 s down, 12 reps x 3 sets, body weight. */
  public static Prescription rathleff() {
    return new Prescription(Tempo.RATHLEFF, DEFAULT_RANGE_FRACTION, true, 12, DEFAULT_SETS, 0);
  }

  public long upMillis() {
    return tempo.upMillis();
  }

  public long holdMillis() {
    return tempo.holdMillis();
  }

  public long downMillis() {
    return tempo.downMillis();
  }

  /** A phase shorter than {@code target * (1 - tempoTolerance)} is too fast. */
  public double tempoTolerance() {
    return tempo.toleranceFraction();
  }

  /** Same prescription with another tempo. */
  public Prescription withTempo(Tempo t) {
    return new Prescription(t, rangeFraction, singleLeg, targetReps, sets, addedLoadKg);
  }

  /** Same prescription with another tempo (tolerance kept) and rep target. */
  public Prescription withTempo(long up, long hold, long down, int reps) {
    return new Prescription(
        new Tempo(up, hold, down, tempo.toleranceFraction()),
        rangeFraction,
        singleLeg,
        reps,
        sets,
        addedLoadKg);
  }

  /** Same prescription, single-leg or not. */
  public Prescription withSingleLeg(boolean single) {
    return new Prescription(tempo, rangeFraction, single, targetReps, sets, addedLoadKg);
  }

  /** Same prescription with another number of reps and sets. */
  public Prescription withVolume(int reps, int setCount) {
    return new Prescription(tempo, rangeFraction, singleLeg, reps, setCount, addedLoadKg);
  }

  /** Parses {@code "3-2-3"} (see {@link Tempo#parse}) into the default prescription's others. */
  public static Prescription parseTempo(String tempo, int reps) {
    Prescription d = rathleff();
    return d.withTempo(Tempo.parse(tempo, d.tempoTolerance())).withVolume(reps, d.sets());
  }
}
