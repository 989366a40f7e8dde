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
