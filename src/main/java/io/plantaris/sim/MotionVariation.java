package io.plantaris.sim;

/**
 * How much a person's movement varies from rep to rep beyond tempo: the velocity profiles they move
 * with and how their foot sways while balancing at the top (domain randomisation: the analysis must
 * not depend on the simulator's own habits).
 *
 * @param evenPaceShare share of phases moved at an even pace with smooth ends instead of minimum
 *     jerk
 * @param topSwayDegrees largest amplitude of the foot's sway at the top (drawn per rep from 0.2 to
 *     this)
 * @param topSwayMinHz slowest sway frequency
 * @param topSwayMaxHz fastest sway frequency
 */
public record MotionVariation(
    double evenPaceShare, double topSwayDegrees, double topSwayMinHz, double topSwayMaxHz) {

  /** The simulator's habits before issue 11: minimum jerk, a small slow sway. */
  public static final MotionVariation NARROW = new MotionVariation(0, 0.6, 0.5, 0.8);

  /** Issue 11's ranges: both profiles, top sway up to 3 degrees at 0.5-3 Hz. */
  public static final MotionVariation WIDE = new MotionVariation(0.5, 3.0, 0.5, 3.0);

  public MotionVariation {
    if (!(evenPaceShare >= 0 && evenPaceShare <= 1)) {
      throw new IllegalArgumentException("evenPaceShare must be 0..1");
    }
    if (!(topSwayDegrees >= 0 && topSwayDegrees <= 5)) {
      throw new IllegalArgumentException("topSwayDegrees must be 0..5");
    }
    if (!(topSwayMinHz > 0 && topSwayMaxHz >= topSwayMinHz && topSwayMaxHz <= 5)) {
      throw new IllegalArgumentException("top sway frequencies must be 0 < min <= max <= 5 Hz");
    }
  }
}
