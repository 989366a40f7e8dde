package io.plantaris.protocol;

import java.util.Arrays;

/**
 * One SAMPLES message (type 0x02): {@code count} samples of raw counts, sample k measured at the
 * frame's time plus {@code k * intervalMicros}. Values are stored flat, sample-major.
 *
 * @param cells count * cellCount raw u16 values; {@link #DROPOUT} marks a cell that did not report
 * @param accel count * 3 raw i16 values (x, y, z), empty when {@code hasAccel} is false
 * @param gyro count * 3 raw i16 values (x, y, z), empty when {@code hasGyro} is false
 */
public record SampleBatch(
    int count,
    int cellCount,
    boolean hasAccel,
    boolean hasGyro,
    int intervalMicros,
    int[] cells,
    short[] accel,
    short[] gyro)
    implements Message {

  /** The raw value a cell reports when it did not measure (distinct from a measured zero). */
  public static final int DROPOUT = 0xFFFF;

  private static final short[] NONE = new short[0];

  public SampleBatch {
    if (count < 1 || count > 255) {
      throw new IllegalArgumentException("count 1..255, was " + count);
    }
    if (cellCount < 0 || cellCount > Descriptor.MAX_CELLS) {
      throw new IllegalArgumentException("cell_count 0..64, was " + cellCount);
    }
    if (intervalMicros < 0 || intervalMicros > 0xFFFF) {
      throw new IllegalArgumentException("interval_us is u16, was " + intervalMicros);
    }
    cells = checkedCopy(cells, count * cellCount);
    accel = imu(hasAccel, accel, count, "accel");
    gyro = imu(hasGyro, gyro, count, "gyro");
  }

  @Override
  public MessageType type() {
    return MessageType.SAMPLES;
  }

  /** Raw count of {@code cell} in sample {@code sample}. */
  public int cell(int sample, int cell) {
    return cells[sample * cellCount + cell];
  }

  /** Raw accelerometer value, axis 0..2 = x, y, z. */
  public short accel(int sample, int axis) {
    return accel[sample * 3 + axis];
  }

  /** Raw gyroscope value, axis 0..2 = x, y, z. */
  public short gyro(int sample, int axis) {
    return gyro[sample * 3 + axis];
  }

  @Override
  public int[] cells() {
    return cells.clone();
  }

  @Override
  public short[] accel() {
    return accel.clone();
  }

  @Override
  public short[] gyro() {
    return gyro.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SampleBatch b
        && count == b.count
        && cellCount == b.cellCount
        && hasAccel == b.hasAccel
        && hasGyro == b.hasGyro
        && intervalMicros == b.intervalMicros
        && Arrays.equals(cells, b.cells)
        && Arrays.equals(accel, b.accel)
        && Arrays.equals(gyro, b.gyro);
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(cells) * 31 + Arrays.hashCode(accel)) * 31 + Arrays.hashCode(gyro);
  }

  @Override
  public String toString() {
    return "SampleBatch[count="
        + count
        + ", cellCount="
        + cellCount
        + ", accel="
        + hasAccel
        + ", gyro="
        + hasGyro
        + ", intervalMicros="
        + intervalMicros
        + ", cells="
        + Arrays.toString(cells)
        + ", accel="
        + Arrays.toString(accel)
        + ", gyro="
        + Arrays.toString(gyro)
        + "]";
  }

  private static int[] checkedCopy(int[] values, int expected) {
    if (values == null || values.length != expected) {
      throw new IllegalArgumentException("need " + expected + " cell values");
    }
    int[] copy = values.clone();
    for (int v : copy) {
      if (v < 0 || v > 0xFFFF) {
        throw new IllegalArgumentException("cell values are u16, was " + v);
      }
    }
    return copy;
  }

  private static short[] imu(boolean present, short[] values, int count, String what) {
    if (!present) {
      if (values != null && values.length != 0) {
        throw new IllegalArgumentException(what + " values given but flag clear");
      }
      return NONE;
    }
    if (values == null || values.length != count * 3) {
      throw new IllegalArgumentException("need " + count * 3 + " " + what + " values");
    }
    return values.clone();
  }
}
