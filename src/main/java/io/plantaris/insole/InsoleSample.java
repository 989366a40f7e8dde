package io.plantaris.insole;

/**
 * One calibrated sample of one insole, in physical units.
 *
 * <p>Deliberately a mutable, reusable buffer rather than a record: the analysis core runs at
 * millions of samples per second and must not allocate per sample. A producer fills it and hands it
 * to a consumer, which must copy anything it wants to keep before returning.
 *
 * <p>IMU axes are the insole frame: x towards the toes, y towards the wearer's left, z up out of
 * the sole (right-handed). A heel rise (toes pointing down) is a positive rotation about y.
 */
public final class InsoleSample {
  /** Device time in microseconds, unwrapped and monotonic within one recording. */
  public long timeMicros;

  /** Load per cell in newtons (pressure times area); NaN marks a cell that did not report. */
  public final float[] cellNewtons;

  public boolean hasAccel;
  public float accelXG;
  public float accelYG;
  public float accelZG;

  public boolean hasGyro;
  public float gyroXDps;
  public float gyroYDps;
  public float gyroZDps;

  public InsoleSample(int cellCount) {
    this.cellNewtons = new float[cellCount];
  }

  /** Copies every field of {@code other} into this buffer; cell counts must match. */
  public void copyFrom(InsoleSample other) {
    if (other.cellNewtons.length != cellNewtons.length) {
      throw new IllegalArgumentException(
          "cell count " + other.cellNewtons.length + " != " + cellNewtons.length);
    }
    timeMicros = other.timeMicros;
    System.arraycopy(other.cellNewtons, 0, cellNewtons, 0, cellNewtons.length);
    hasAccel = other.hasAccel;
    accelXG = other.accelXG;
    accelYG = other.accelYG;
    accelZG = other.accelZG;
    hasGyro = other.hasGyro;
    gyroXDps = other.gyroXDps;
    gyroYDps = other.gyroYDps;
    gyroZDps = other.gyroZDps;
  }
}
