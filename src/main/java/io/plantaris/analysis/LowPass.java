package io.plantaris.analysis;

/** First-order low-pass filter whose coefficient is computed once from cutoff and sample rate. */
final class LowPass {
  private final double alpha;
  private double value;
  private boolean primed;

  LowPass(double cutoffHz, double sampleRateHz) {
    this.alpha = 1 - Math.exp(-2 * Math.PI * cutoffHz / sampleRateHz);
  }

  /** Group delay at low frequencies, which the segmentation subtracts from boundary times. */
  static double delaySeconds(double cutoffHz) {
    return 1 / (2 * Math.PI * cutoffHz);
  }

  double apply(double x) {
    if (!primed) {
      value = x;
      primed = true;
    } else {
      value += alpha * (x - value);
    }
    return value;
  }

  double value() {
    return value;
  }

  void reset(double x) {
    value = x;
    primed = true;
  }
}
