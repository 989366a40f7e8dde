package io.plantaris.sim;

/** Smooth motion profiles mapping normalised time 0..1 to normalised position 0..1. */
final class Profiles {
  private Profiles() {}

  /** Minimum-jerk profile: zero speed and acceleration at both ends, as voluntary movements. */
  static double minJerk(double tau) {
    double x = clamp01(tau);
    return x * x * x * (10 - 15 * x + 6 * x * x);
  }

  /** Smooth step between {@code edge0} and {@code edge1}. */
  static double smoothstep(double edge0, double edge1, double x) {
    double u = clamp01((x - edge0) / (edge1 - edge0));
    return u * u * (3 - 2 * u);
  }

  /** Half-sine pulse of unit height lasting {@code width} from {@code start}; 0 outside. */
  static double pulse(double t, double start, double width) {
    double u = (t - start) / width;
    return u <= 0 || u >= 1 ? 0 : Math.sin(Math.PI * u);
  }

  /** Gaussian bump of unit height. */
  static double bump(double x, double centre, double width) {
    double z = (x - centre) / width;
    return Math.exp(-z * z);
  }

  static double clamp01(double x) {
    return x < 0 ? 0 : x > 1 ? 1 : x;
  }

  /** Piecewise half-cosine interpolation through keyframes {@code {x, y}} sorted by x. */
  static double keyframes(double[][] frames, double x) {
    for (int i = 1; i < frames.length; i++) {
      if (x <= frames[i][0]) {
        double[] a = frames[i - 1];
        double[] b = frames[i];
        double u = (x - a[0]) / (b[0] - a[0]);
        return a[1] + (b[1] - a[1]) * (1 - Math.cos(Math.PI * clamp01(u))) / 2;
      }
    }
    return frames[frames.length - 1][1];
  }
}
