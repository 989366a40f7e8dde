package io.plantaris.sim;

/** What the person is doing over a stretch of the session; activities tile the time axis. */
public sealed interface Activity {
  long startMillis();

  long endMillis();

  /** How the weight is carried while standing still. */
  enum Stance {
    BOTH,
    LEFT,
    RIGHT
  }

  /** Standing still; {@code onStep} means forefoot on a step with the heel hanging. */
  record Stand(long startMillis, long endMillis, Stance stance, boolean onStep)
      implements Activity {}

  /** One heel raise, from the heel leaving the ground to the heel back down. */
  record Rep(RepPlan plan) implements Activity {
    @Override
    public long startMillis() {
      return plan.upStartMillis();
    }

    @Override
    public long endMillis() {
      return plan.downEndMillis();
    }
  }

  /** Walking about, left foot leading, one stride of {@code strideMillis} per foot. */
  record Walk(long startMillis, long endMillis, long strideMillis) implements Activity {}

  /**
   * A small step of the free foot to regain balance during a single-leg pause: it touches down and
   * takes {@code freeFootShare} of the weight for a moment.
   */
  record BalanceStep(
      long startMillis, long endMillis, Stance stance, boolean onStep, double freeFootShare)
      implements Activity {}

  /** A movement that is no heel raise ({@link OtherMotion}). */
  record Other(GroundTruth.EventKind kind, long startMillis, long endMillis) implements Activity {}
}
