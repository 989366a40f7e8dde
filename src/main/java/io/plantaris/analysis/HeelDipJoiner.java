package io.plantaris.analysis;

/**
 * Joins the two halves of a rep whose heel came down in the middle of the hold. Such a dip looks
 * like a rep with a quick descent followed by a rep with a quick rise; a rep that could be the
 * first half is held back until the next one shows whether to join them.
 */
final class HeelDipJoiner {
  /**
   * A heel that dips in the hold takes weight gently (a landing load 0.98-1.05 times the hold's on
   * wide seeds 20086-20384); one that came down with the weight's momentum, its load overshooting
   * by a quarter (1.25-1.29, wide seeds 20013, 20193), reached the floor: the next rise bounced off
   * it, a rep of its own.
   */
  static final double DIP_LANDING_MAX = 1.15;

  private final AnalysisConfig cfg;
  private final FootTracker.Sink sink;
  private FootRep held;

  /**
   * Two halves joined by a dip are one rep: together no longer than twice the prescribed rep. Two
   * whole reps with a short rest between them look like a dip too, but last twice as long.
   */
  private long maxJoinedMicros = 2 * Tempo.RATHLEFF.repMillis() * 1000;

  HeelDipJoiner(AnalysisConfig cfg, FootTracker.Sink sink) {
    this.cfg = cfg;
    this.sink = sink;
  }

  /**
   * @param secondHalfOnly the rep counts only as the second half of the rep held back (a re-rise
   *     after a heel dip, quicker than a rep's rise may be, whatever the model made of its times):
   *     dropped if it does not join it
   */
  void offer(boolean secondHalfOnly, FootRep rep) {
    if (held != null) {
      FootRep a = held;
      held = null;
      long gap = rep.upStartMicros() - a.downEndMicros();
      long bUp = rep.holdStartMicros() - rep.upStartMicros();
      long bDown = rep.downEndMicros() - rep.downStartMicros();
      long aUp = a.holdStartMicros() - a.upStartMicros();
      if (gap < cfg.dipMaxBottomMillis() * 1000
          && !(a.landingLoadRatio() > DIP_LANDING_MAX)
          && (secondHalfOnly
              || bUp < cfg.dipFastFraction() * bDown
              || bUp < cfg.dipFastFraction() * aUp)
          && rep.downEndMicros() - a.upStartMicros() <= maxJoinedMicros) {
        sink.onFootRep(a.joinedByHeelDip(rep));
        return;
      }
      sink.onFootRep(a);
    }
    if (secondHalfOnly) {
      return;
    }
    long up = rep.holdStartMicros() - rep.upStartMicros();
    long down = rep.downEndMicros() - rep.downStartMicros();
    if (down < cfg.dipFastFraction() * up) {
      held = rep;
    } else {
      sink.onFootRep(rep);
    }
  }

  /** The prescribed rep, from rise start to back at the bottom, of the set under way. */
  void prescribedRepMillis(long millis) {
    maxJoinedMicros = 2 * millis * 1000;
  }

  /** Lets a held rep go once the bottom has lasted longer than a heel dip can. */
  void releaseIfStale(long nowMicros) {
    if (held != null && nowMicros - held.downEndMicros() > cfg.dipMaxBottomMillis() * 1000) {
      flush();
    }
  }

  boolean holding() {
    return held != null;
  }

  void flush() {
    if (held != null) {
      FootRep a = held;
      held = null;
      sink.onFootRep(a);
    }
  }
}
