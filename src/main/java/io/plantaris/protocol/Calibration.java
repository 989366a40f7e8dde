package io.plantaris.protocol;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.SensorLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw counts into physical units as a descriptor prescribes: cell newtons = gain * (raw -
 * offset), times area / 1000 for kPa cells; IMU value = raw * range / 32768.
 */
public final class Calibration {
  private final SensorLayout layout;
  private final float[] gain;
  private final float[] offset;
  private final float[] scale;
  private final float accelGPerCount;
  private final float gyroDpsPerCount;

  private Calibration(Descriptor d, SensorLayout layout) {
    this.layout = layout;
    int n = d.cellCount();
    gain = new float[n];
    offset = new float[n];
    scale = new float[n];
    for (int i = 0; i < n; i++) {
      DescriptorCell c = d.cells().get(i);
      gain[i] = c.gain();
      offset[i] = c.offset();
      // A kPa cell of unknown area cannot become newtons; its kPa value is kept, which still
      // gives the analysis correct relative loads over time.
      scale[i] = d.unit() == PressureUnit.KILOPASCAL && c.areaMm2() > 0 ? c.areaMm2() / 1000f : 1f;
    }
    accelGPerCount = d.accelRangeG() / 32768f;
    gyroDpsPerCount = d.gyroRangeDps() / 32768f;
  }

  /**
   * The calibration and layout a descriptor announces.
   *
   * @throws IllegalArgumentException when the descriptor has neither cells nor a gyroscope, which
   *     no {@link SensorLayout} can describe
   */
  public static Calibration of(Descriptor d) {
    List<CellSpec> cells = new ArrayList<>(d.cellCount());
    for (DescriptorCell c : d.cells()) {
      cells.add(new CellSpec(c.xTenthMm() / 10.0, c.yTenthMm() / 10.0, c.region(), c.areaMm2()));
    }
    SensorLayout layout =
        new SensorLayout(
            d.deviceId(),
            d.side(),
            d.sampleRateHz(),
            cells,
            d.hasAccelerometer(),
            d.hasGyroscope(),
            d.insoleLengthMm());
    return new Calibration(d, layout);
  }

  public SensorLayout layout() {
    return layout;
  }

  public int cellCount() {
    return gain.length;
  }

  /**
   * Fills {@code out} with sample {@code k} of {@code batch} at {@code timeMicros}; no allocation.
   */
  public void fill(SampleBatch batch, int k, long timeMicros, InsoleSample out) {
    out.timeMicros = timeMicros;
    float[] newtons = out.cellNewtons;
    for (int c = 0; c < newtons.length; c++) {
      int raw = batch.cell(k, c);
      newtons[c] = raw == SampleBatch.DROPOUT ? Float.NaN : gain[c] * (raw - offset[c]) * scale[c];
    }
    // IMU values the descriptor does not announce have no full scale: ignored (PROTOCOL.md 3.2)
    out.hasAccel = batch.hasAccel() && accelGPerCount > 0;
    if (out.hasAccel) {
      out.accelXG = batch.accel(k, 0) * accelGPerCount;
      out.accelYG = batch.accel(k, 1) * accelGPerCount;
      out.accelZG = batch.accel(k, 2) * accelGPerCount;
    }
    out.hasGyro = batch.hasGyro() && gyroDpsPerCount > 0;
    if (out.hasGyro) {
      out.gyroXDps = batch.gyro(k, 0) * gyroDpsPerCount;
      out.gyroYDps = batch.gyro(k, 1) * gyroDpsPerCount;
      out.gyroZDps = batch.gyro(k, 2) * gyroDpsPerCount;
    }
  }
}
