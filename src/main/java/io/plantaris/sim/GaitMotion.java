package io.plantaris.sim;

/**
 * Walking: per-foot pitch, load and centre-of-pressure progression over a stride, shaped after the
 * Moticon walking exports (heel peaks first, then midfoot, metatarsal heads, toes last).
 */
final class GaitMotion {
  /** Share of the stride a foot is on the ground. */
  static final double STANCE_SHARE = 0.62;

  // {stride phase, pitch}: heel strike toes-up, foot flat, heel-off, toe-off, swing.
  private static final double[][] PITCH = {
    {0, -12}, {0.08, 0}, {0.35, 0}, {0.62, 32}, {0.74, 12}, {0.92, -12}, {1.0, -12}
  };

  private GaitMotion() {}

  static double pitch(double phase) {
    return Profiles.keyframes(PITCH, phase);
  }

  /** Load as a multiple of body weight: the double hump of walking ground reaction force. */
  static double loadFactor(double phase) {
    if (phase >= STANCE_SHARE) {
      return 0;
    }
    double p = phase / STANCE_SHARE;
    double hump = 1.1 * Profiles.bump(p, 0.22, 0.13) + 1.1 * Profiles.bump(p, 0.78, 0.13);
    double trough = 0.75 * Profiles.bump(p, 0.5, 0.2);
    return Math.max(hump, trough) * Math.sin(Math.PI * p);
  }

  /** Shares {heel, midfoot, forefoot, toes} at stride phase {@code phase} (stance only). */
  static double[] shares(double phase) {
    double p = Math.min(phase / STANCE_SHARE, 1);
    double[] s = {
      Profiles.bump(p, 0.12, 0.14),
      0.4 * Profiles.bump(p, 0.4, 0.18),
      Profiles.bump(p, 0.68, 0.16),
      0.9 * Profiles.bump(p, 0.9, 0.08)
    };
    double sum = s[0] + s[1] + s[2] + s[3];
    for (int i = 0; i < 4; i++) {
      s[i] /= sum;
    }
    return s;
  }

  /** Forward acceleration of the foot in swing, g: speeds up then brakes. */
  static double swingAccelG(double phase) {
    if (phase < STANCE_SHARE) {
      return 0;
    }
    double u = (phase - STANCE_SHARE) / (1 - STANCE_SHARE);
    return 1.2 * Math.sin(2 * Math.PI * u);
  }
}
