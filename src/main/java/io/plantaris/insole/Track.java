package io.plantaris.insole;

import java.util.Arrays;

/**
 * Everything one insole measured in a recording, held in memory column-wise (one array per
 * quantity), as importers and the wire reader produce it.
 *
 * @param timeMicros sample times, strictly increasing
 * @param cellNewtons per sample, per cell load in newtons (NaN where a cell did not report)
 * @param accelG per sample {x, y, z} in g, or null when the layout has no accelerometer
 * @param gyroDps per sample {x, y, z} in degrees/s, or null when the layout has no gyroscope
 */
public record Track(
    SensorLayout layout,
    long[] timeMicros,
    float[][] cellNewtons,
    float[][] accelG,
    float[][] gyroDps) {

  public Track {
    int n = timeMicros.length;
    if (cellNewtons.length != n
        || (accelG != null && accelG.length != n)
        || (gyroDps != null && gyroDps.length != n)) {
      throw new IllegalArgumentException("all columns of a track need " + n + " rows");
    }
    for (int i = 1; i < n; i++) {
      if (timeMicros[i] <= timeMicros[i - 1]) {
        throw new IllegalArgumentException(
            "sample times must increase: row " + i + " at " + timeMicros[i] + " us");
      }
    }
    timeMicros = timeMicros.clone();
    cellNewtons = deepCopy(cellNewtons);
    accelG = accelG == null ? null : deepCopy(accelG);
    gyroDps = gyroDps == null ? null : deepCopy(gyroDps);
  }

  public int size() {
    return timeMicros.length;
  }

  /** Fills {@code out} with sample {@code i} of this track. */
  public void fill(int i, InsoleSample out) {
    out.timeMicros = timeMicros[i];
    System.arraycopy(cellNewtons[i], 0, out.cellNewtons, 0, out.cellNewtons.length);
    out.hasAccel = accelG != null;
    if (out.hasAccel) {
      out.accelXG = accelG[i][0];
      out.accelYG = accelG[i][1];
      out.accelZG = accelG[i][2];
    }
    out.hasGyro = gyroDps != null;
    if (out.hasGyro) {
      out.gyroXDps = gyroDps[i][0];
      out.gyroYDps = gyroDps[i][1];
      out.gyroZDps = gyroDps[i][2];
    }
  }

  private static float[][] deepCopy(float[][] rows) {
    float[][] copy = new float[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      copy[i] = rows[i].clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Track t
        && layout.equals(t.layout)
        && Arrays.equals(timeMicros, t.timeMicros)
        && Arrays.deepEquals(cellNewtons, t.cellNewtons)
        && Arrays.deepEquals(accelG, t.accelG)
        && Arrays.deepEquals(gyroDps, t.gyroDps);
  }

  @Override
  public int hashCode() {
    return layout.hashCode() * 31 + Arrays.hashCode(timeMicros);
  }

  @Override
  public String toString() {
    return "Track[" + layout.deviceId() + " " + layout.side() + ", " + size() + " samples]";
  }
}
