package io.plantaris.sim;

import java.util.SplittableRandom;

/**
 * Draws each rep's movement style from the config's {@link MotionVariation}, from its own random
 * stream so that widening the variation leaves the session plan (reps, faults, pauses) alone.
 */
final class MotionStyles {
  /** One rep's movement style. */
  record Style(
      MotionProfile riseProfile,
      MotionProfile lowerProfile,
      double topSwayDegrees,
      double topSwayHz,
      double topSwayPhase) {}

  /**
   * How every rep moves without a {@link MotionVariation}: an even, metronome pace with smooth
   * ends, each movement stretched so that the drafted phase time lies between its 10 % and 90 %
   * marks, and no sway at the top, so the marks are exactly the drafted times (the habit before
   * issue 11 was minimum jerk between the movement's start and end, where its truth was).
   */
  static final Style HABIT =
      new Style(
          MotionProfile.EVEN_PACE,
          MotionProfile.EVEN_PACE,
          0,
          MotionVariation.NARROW.topSwayMinHz(),
          0);

  private final MotionVariation v;
  private final SplittableRandom rng;

  MotionStyles(SimulationConfig c) {
    this.v = c.motion();
    this.rng = new SplittableRandom(c.seed() * 0x9E3779B97F4A7C15L + 11);
  }

  Style next() {
    MotionProfile rise = profile();
    MotionProfile lower = profile();
    double sway =
        v.topSwayDegrees() <= 0.2 ? v.topSwayDegrees() : rng.nextDouble(0.2, v.topSwayDegrees());
    double hz =
        v.topSwayMaxHz() > v.topSwayMinHz()
            ? rng.nextDouble(v.topSwayMinHz(), v.topSwayMaxHz())
            : v.topSwayMinHz();
    return new Style(rise, lower, sway, hz, rng.nextDouble(0, 2 * Math.PI));
  }

  private MotionProfile profile() {
    return rng.nextDouble() < v.evenPaceShare() ? MotionProfile.EVEN_PACE : MotionProfile.MIN_JERK;
  }
}
