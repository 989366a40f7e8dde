package io.plantaris.sim;

/**
 * Imperfections of the simulated sensors.
 *
 * @param cellNoiseNewtons white noise per cell sample (1 sigma)
 * @param cellDriftNewtons amplitude of each cell's slow baseline drift (minutes-long wander)
 * @param gyroNoiseDps white noise per gyro axis (1 sigma)
 * @param gyroBiasDps largest constant gyro bias per axis (drawn per device in +-this)
 * @param accelNoiseG white noise per accelerometer axis (1 sigma)
 */
public record SensorNoise(
    double cellNoiseNewtons,
    double cellDriftNewtons,
    double gyroNoiseDps,
    double gyroBiasDps,
    double accelNoiseG) {
  /** Values typical of a consumer insole (Moticon-class) at rest. */
  public static final SensorNoise DEFAULT = new SensorNoise(0.4, 1.5, 0.3, 0.8, 0.01);

  /** No noise at all, for tests that compare against exact model values. */
  public static final SensorNoise NONE = new SensorNoise(0, 0, 0, 0, 0);

  public SensorNoise {
    if (cellNoiseNewtons < 0
        || cellDriftNewtons < 0
        || gyroNoiseDps < 0
        || gyroBiasDps < 0
        || accelNoiseG < 0) {
      throw new IllegalArgumentException("noise levels must be >= 0");
    }
  }
}
