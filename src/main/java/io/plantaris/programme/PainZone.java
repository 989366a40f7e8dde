package io.plantaris.programme;

/** Silbernagel 2007: pain 0-3 is safe, 4-5 acceptable, above 5 unacceptable. */
public enum PainZone {
  SAFE,
  ACCEPTABLE,
  UNACCEPTABLE;

  /** The zone of a 0-10 score under the configured limits. */
  public static PainZone of(int score, ProgressionConfig cfg) {
    if (score <= cfg.safePainMax()) {
      return SAFE;
    }
    return score <= cfg.acceptablePainMax() ? ACCEPTABLE : UNACCEPTABLE;
  }
}
