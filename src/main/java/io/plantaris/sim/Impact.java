package io.plantaris.sim;

/**
 * Shape of a heel strike relative to the touch-down time: a heel-pad force pulse and the foot's
 * ringing vertical acceleration, both spread over several 100 Hz samples.
 */
final class Impact {
  /** The heel pad starts to take the strike this long before the heel reaches its bottom pitch. */
  static final double LEAD_MILLIS = 20;

  /** How long the foot decelerates while the heel pad compresses. */
  private static final double STOP_MILLIS = 40;

  /** Decay time of the small rebound ringing after the stop. */
  private static final double RING_DECAY_MILLIS = 20;

  /** Period of that ringing (soft tissue, tens of Hz). */
  private static final double RING_PERIOD_MILLIS = 50;

  private Impact() {}

  /** Heel force as a fraction of the peak, {@code dt} ms after touch-down. */
  static double force(double dt) {
    return Profiles.pulse(dt, -LEAD_MILLIS, RepPlan.IMPACT_MILLIS);
  }

  /** Vertical acceleration as a fraction of the peak: the stop, then a small damped ringing. */
  static double accel(double dt) {
    double u = dt + LEAD_MILLIS / 2;
    if (u <= 0) {
      return 0;
    }
    if (u < STOP_MILLIS) {
      return Math.sin(Math.PI * u / STOP_MILLIS);
    }
    double r = u - STOP_MILLIS;
    return r > 6 * RING_DECAY_MILLIS
        ? 0
        : -0.25 * Math.exp(-r / RING_DECAY_MILLIS) * Math.sin(2 * Math.PI * r / RING_PERIOD_MILLIS);
  }
}
