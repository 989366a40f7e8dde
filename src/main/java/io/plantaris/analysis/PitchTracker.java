package io.plantaris.analysis;

import io.plantaris.insole.InsoleSample;

/**
 * Foot pitch (toes down positive, degrees) from the IMU by a complementary filter: the gyroscope's
 * y rate is integrated and pulled towards the accelerometer's tilt, which is trusted only while the
 * acceleration is close to 1 g.
 *
 * <p>The gyro bias is learnt from the same disagreement (the integral term of Mahony, Hamel and
 * Pflimlin 2008): while the accelerometer is trusted, a pitch that falls behind its tilt means the
 * bias taken off is too large, and it is lowered in proportion to the error and the time. This
 * follows a bias that drifts by degrees per second over minutes, at rest and in motion alike.
 * Learning the bias as the mean gyro rate while the foot is quiet (as this did before) takes a slow
 * partial rise of 1-2 deg/s for bias and eats it, and once wrong by more than what counts as quiet
 * it never learns again: a wide seed left the bias 7 deg/s off for a whole set. That learner
 * remains only for an insole with a gyroscope and no accelerometer, which has no tilt to learn
 * from.
 */
final class PitchTracker {
  private static final double RAD_TO_DEG = 180 / Math.PI;
  private static final double MAX_PLAUSIBLE_DPS = 1500;

  /**
   * Integral gain of the bias correction, (deg/s) per degree of error per second. With the
   * correction's 2 s time constant a bias step is taken up within about 5 s. On wide seeds
   * 20040-20199 gains of 0.25 and 1 count within a rep of this one (exact sets 75.1 / 75.6 / 74.6 %
   * for 0.25 / 0.5 / 1); without it, 68.0 %.
   */
  static final double BIAS_GAIN = 0.5;

  /**
   * The bias is learnt only while the foot turns slower than this: turning fast, the accelerometer
   * feels the foot's own acceleration besides gravity, and its tilt is off by degrees even when its
   * magnitude is close to 1 g (CMU heel raises, 100-160 deg/s).
   */
  private static final double SLOW_TURN_DPS = 20;

  /**
   * The tilt and the integral disagree by more than this: the integral went wrong, not the bias.
   */
  private static final double LARGE_ERROR_DEGREES = 8;

  private final double correctionSeconds;
  private final long quietMicros;
  private final double quietGyroDps;
  private double pitchDegrees;
  private double rateDps;
  private double biasDps;
  private double accelDeviationG;
  private double accelXG;
  private double accelZG;
  private double disagreeSeconds;
  private long quietSinceMicros = -1;
  private boolean primed;

  /**
   * The correction gain last computed and what it was computed from: the step and the time constant
   * are the same sample after sample, so the division is done again only when one moves.
   */
  private double gainDt = Double.NaN;

  private double gainTau = Double.NaN;
  private double gain;

  PitchTracker(AnalysisConfig config) {
    this.correctionSeconds = config.accelCorrectionSeconds();
    this.quietMicros = config.quietMillis() * 1000;
    this.quietGyroDps = config.quietGyroDps();
  }

  void update(InsoleSample s, double dtSeconds) {
    double accPitch = Double.NaN;
    if (s.hasAccel) {
      double ax = s.accelXG;
      double ay = s.accelYG;
      double az = s.accelZG;
      double mag = Math.sqrt(ax * ax + ay * ay + az * az);
      accelXG = ax;
      accelZG = az;
      accelDeviationG = Math.abs(mag - 1);
      // An upside-down reading is a glitch, not a foot: no tilt from it.
      accPitch = az > 0.3 ? fastAtan2(-ax, az) * RAD_TO_DEG : Double.NaN;
    } else {
      accelDeviationG = 0;
      accelXG = 0;
      accelZG = 1;
    }
    if (!primed) {
      pitchDegrees = accPitch == accPitch ? accPitch : 0;
      primed = true;
    }
    if (s.hasGyro) {
      double raw = s.gyroYDps;
      if (!s.hasAccel) {
        learnQuietBias(raw, s);
      }
      rateDps = raw - biasDps;
      if (Math.abs(rateDps) > MAX_PLAUSIBLE_DPS && accPitch == accPitch) {
        // Beyond what a foot does in this exercise (a jolt, a saturated or glitching gyro):
        // take the tilt as it is rather than integrating a spike into a false swing.
        pitchDegrees = accPitch;
        rateDps = 0;
        return;
      }
      pitchDegrees += rateDps * dtSeconds;
      if (accPitch == accPitch && accelDeviationG < 0.2) {
        double error = accPitch - pitchDegrees;
        // A large disagreement while the foot is calm means the integral went wrong (a jolt, a
        // saturated gyro): trust the accelerometer quickly instead of drifting back for seconds.
        boolean calm = accelDeviationG < 0.1;
        boolean disagree = Math.abs(error) > LARGE_ERROR_DEGREES && calm && Math.abs(rateDps) < 30;
        disagreeSeconds = disagree ? disagreeSeconds + dtSeconds : 0;
        double tau = disagreeSeconds > 0.1 ? 0.15 : correctionSeconds;
        // A gyro reading exactly zero on all three axes measured nothing (a zero-rate clamp, a
        // gap filled as rest): no bias is learnt from it.
        boolean measured = s.gyroXDps != 0 || s.gyroYDps != 0 || s.gyroZDps != 0;
        if (calm
            && measured
            && Math.abs(error) < LARGE_ERROR_DEGREES
            && Math.abs(rateDps) < SLOW_TURN_DPS) {
          biasDps -= BIAS_GAIN * error * dtSeconds;
        }
        pitchDegrees += gain(dtSeconds, tau) * (accPitch - pitchDegrees);
      }
    } else if (accPitch == accPitch) {
      // Accelerometer only: tilt is all there is; the segmentation low-pass smooths it.
      rateDps = (accPitch - pitchDegrees) / Math.max(dtSeconds, 1e-6);
      pitchDegrees = accPitch;
    }
  }

  /** {@code min(1, dt / tau)}, the same double, reused while dt and tau stay the same. */
  private double gain(double dtSeconds, double tau) {
    if (dtSeconds != gainDt || tau != gainTau) {
      gainDt = dtSeconds;
      gainTau = tau;
      gain = Math.min(1, dtSeconds / tau);
    }
    return gain;
  }

  /** Without an accelerometer: the bias is the mean rate while the foot is quiet. */
  private void learnQuietBias(double raw, InsoleSample s) {
    boolean quiet =
        Math.abs(raw - biasDps) < quietGyroDps
            && Math.abs(s.gyroXDps) < 3 * quietGyroDps
            && Math.abs(s.gyroZDps) < 3 * quietGyroDps
            && accelDeviationG < 0.05;
    if (!quiet) {
      quietSinceMicros = -1;
      return;
    }
    if (quietSinceMicros < 0) {
      quietSinceMicros = s.timeMicros;
    }
    if (s.timeMicros - quietSinceMicros >= quietMicros) {
      biasDps += 0.01 * (raw - biasDps);
    }
  }

  double pitchDegrees() {
    return pitchDegrees;
  }

  double rateDps() {
    return rateDps;
  }

  double accelDeviationG() {
    return accelDeviationG;
  }

  /**
   * The foot's acceleration along the ground (forward positive), g: the accelerometer turned back
   * by the foot's pitch. Gravity lies along the turned vertical, so what is left is the push and
   * braking of a foot in swing; a heel raise moves the foot up and down and leaves this near zero.
   */
  double forwardAccelG() {
    double r = Math.toRadians(Math.max(-80, Math.min(80, pitchDegrees)));
    // Taylor series to the 7th (sin) and 8th (cos) order: within 1e-4 up to 80 degrees, and no
    // library trigonometry per sample. r2 / 6 and r2 / 12 are r2 / 3 halved and quartered, the same
    // doubles (a power of two scales exactly; where r2 / 6 would be subnormal every term is far
    // below 2^-53 of the 1 it is taken from, so either way the series is r and 1)
    double r2 = r * r;
    double third = r2 / 3;
    double sin = r * (1 - third * 0.5 * (1 - r2 / 20 * (1 - r2 / 42)));
    double cos = 1 - r2 / 2 * (1 - third * 0.25 * (1 - r2 / 30 * (1 - r2 / 56)));
    return accelXG * cos + accelZG * sin;
  }

  double biasDps() {
    return biasDps;
  }

  /** atan2 within about 0.3 degrees, several times cheaper than {@link Math#atan2}. */
  static double fastAtan2(double y, double x) {
    double ay = Math.abs(y);
    double ax = Math.abs(x);
    if (ax == 0 && ay == 0) {
      return 0;
    }
    double a;
    if (ax >= ay) {
      double z = ay / ax;
      a = z * (Math.PI / 4 + 0.273 * (1 - z));
    } else {
      double z = ax / ay;
      a = Math.PI / 2 - z * (Math.PI / 4 + 0.273 * (1 - z));
    }
    if (x < 0) {
      a = Math.PI - a;
    }
    return y < 0 ? -a : a;
  }

  /**
   * How far a heel turning about a pivot {@code pivotMm} ahead of it is at {@code pitch} above
   * where it was at {@code from} (degrees); NaN without a pivot (no insole length).
   */
  static double heelHeightMm(double pivotMm, double pitch, double from) {
    return pivotMm > 0
        ? pivotMm * (Math.sin(Math.toRadians(pitch)) - Math.sin(Math.toRadians(from)))
        : Double.NaN;
  }
}
