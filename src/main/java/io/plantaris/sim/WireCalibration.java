package io.plantaris.sim;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.SensorLayout;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.DescriptorCell;
import io.plantaris.protocol.PressureUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated device's descriptor: a 12-bit ADC at 0.1 N per count with a zero offset of 20
 * counts (about 407 N full scale per cell, above a heel slam), accelerometer +-8 g, gyroscope
 * +-1000 deg/s (walking swings reach a few hundred).
 */
public final class WireCalibration {
  public static final float GAIN_NEWTONS_PER_COUNT = 0.1f;
  public static final float OFFSET_COUNTS = 20f;
  public static final int ADC_BITS = 12;
  public static final int MAX_RAW = (1 << ADC_BITS) - 1;
  public static final int ACCEL_RANGE_G = 8;
  public static final int GYRO_RANGE_DPS = 1000;

  private WireCalibration() {}

  public static Descriptor descriptor(SensorLayout layout, long bootId) {
    List<DescriptorCell> cells = new ArrayList<>();
    for (CellSpec c : layout.cells()) {
      cells.add(
          new DescriptorCell(
              (int) Math.round(c.xMm() * 10),
              (int) Math.round(c.yMm() * 10),
              c.region(),
              (int) Math.round(c.areaMm2()),
              GAIN_NEWTONS_PER_COUNT,
              OFFSET_COUNTS,
              MAX_RAW));
    }
    return new Descriptor(
        layout.deviceId(),
        0,
        1,
        0,
        bootId,
        layout.side(),
        (int) Math.round(layout.sampleRateHz()),
        (int) Math.round(layout.insoleLengthMm()),
        ADC_BITS,
        PressureUnit.NEWTON,
        cells,
        layout.hasAccelerometer(),
        layout.hasGyroscope(),
        layout.hasAccelerometer() ? ACCEL_RANGE_G : 0,
        layout.hasGyroscope() ? GYRO_RANGE_DPS : 0);
  }

  /** Raw count for {@code newtons}: the inverse of the calibration, clipped; NaN is a drop-out. */
  public static int cellRaw(float newtons) {
    if (Float.isNaN(newtons)) {
      return 0xFFFF;
    }
    long raw = Math.round(newtons / GAIN_NEWTONS_PER_COUNT + OFFSET_COUNTS);
    return (int) Math.max(0, Math.min(MAX_RAW, raw));
  }

  /** Raw IMU count for a value on a +-range scale. */
  public static short imuRaw(float value, int range) {
    long raw = Math.round(value * 32768.0 / range);
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, raw));
  }
}
