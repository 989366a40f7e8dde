package io.plantaris.sim;

/**
 * How a rise or a lowering moves from 0 to 1 over its movement time: minimum jerk (Flash and Hogan
 * 1985), an even pace with smooth starts and stops (what a metronome-paced person does), or a
 * rebound that leaves at speed (a rise bounced off the heel). The phase boundaries are read off the
 * resulting position where it crosses a share of the range (docs/phases.md), so the simulator turns
 * a phase's intended time between those marks into a movement time through {@link #at}.
 */
enum MotionProfile {
  MIN_JERK,
  EVEN_PACE,
  REBOUND_START;

  /** Share of the movement time spent accelerating (and decelerating) at an even pace. */
  private static final double RAMP = 0.2;

  /** Position 0..1 at normalised time {@code tau} 0..1. */
  double position(double tau) {
    double x = Profiles.clamp01(tau);
    return switch (this) {
      case MIN_JERK -> Profiles.minJerk(x);
      case EVEN_PACE -> evenPace(x);
      case REBOUND_START -> Math.sin(Math.PI / 2 * x);
    };
  }

  /** Normalised time at which the position reaches {@code share}. */
  double at(double share) {
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 50; i++) {
      double mid = (lo + hi) / 2;
      if (position(mid) < share) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** Speed rising and falling as a smooth step over {@link #RAMP} of the time at each end. */
  private static double evenPace(double x) {
    if (x > 0.5) {
      return 1 - evenPace(1 - x);
    }
    double r = RAMP;
    double f = x < r ? r * (Math.pow(x / r, 3) - Math.pow(x / r, 4) / 2) : r / 2 + x - r;
    return f / (1 - r);
  }
}
