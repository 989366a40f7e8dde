package io.plantaris.programme;

/**
 * One block of the programme: the repetition maximum trained, the number of sets, and the programme
 * week it starts in (Rathleff 2015: 12RM x 3 from week 1, 10RM x 4 from week 3, 8RM x 5 from week
 * 5).
 *
 * @param repMax the RM the load is set to, which is also the reps prescribed per set
 * @param sets sets per session
 * @param startWeek 1-based programme week in which this phase begins
 */
public record Phase(int repMax, int sets, int startWeek) {

  public Phase {
    if (repMax < 1 || repMax > 50) {
      throw new IllegalArgumentException("repMax must be in 1..50, was " + repMax);
    }
    if (sets < 1 || sets > 10) {
      throw new IllegalArgumentException("sets must be in 1..10, was " + sets);
    }
    if (startWeek < 1) {
      throw new IllegalArgumentException("startWeek must be >= 1, was " + startWeek);
    }
  }

  /** "12RM x 3 sets". */
  public String label() {
    return repMax + "RM x " + sets + " sets";
  }
}
