package io.plantaris.protocol;

/** Decodes a SAMPLES payload (PROTOCOL.md 3.2); the hot path, so plain index arithmetic. */
final class SampleBatchDecoder {
  private SampleBatchDecoder() {}

  static SampleBatch decode(byte[] b, int off, int len) throws DecodeException {
    if (len < 5) {
      throw DescriptorDecoder.truncated(len, 5);
    }
    // count sizes the payload, so its range is checked before the length (PROTOCOL.md 4)
    int count = Le.u8(b, off);
    if (count == 0) {
      throw new DecodeException(DecodeError.BAD_FIELD, "count 0");
    }
    int cellCount = Le.u8(b, off + 1);
    int flags = Le.u8(b, off + 2);
    int intervalMicros = Le.u16(b, off + 3);
    boolean hasAccel = (flags & 1) != 0;
    boolean hasGyro = (flags & 2) != 0;
    int sampleBytes = 2 * cellCount + (hasAccel ? 6 : 0) + (hasGyro ? 6 : 0);
    int needed = 5 + count * sampleBytes;
    if (len < needed) {
      throw DescriptorDecoder.truncated(len, needed);
    }
    // a descriptor cannot announce more than 64 cells; unknown flag bits could change the layout
    if (cellCount > Descriptor.MAX_CELLS || (flags & ~3) != 0) {
      throw new DecodeException(
          DecodeError.BAD_FIELD, "cell_count " + cellCount + ", flags " + flags);
    }
    int[] cells = new int[count * cellCount];
    short[] accel = hasAccel ? new short[count * 3] : null;
    short[] gyro = hasGyro ? new short[count * 3] : null;
    int p = off + 5;
    int ci = 0;
    for (int k = 0; k < count; k++) {
      // per sample: cell_count raw u16 counts, then accel x,y,z and gyro x,y,z as i16
      for (int c = 0; c < cellCount; c++, p += 2) {
        cells[ci++] = (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
      }
      if (hasAccel) {
        accel[3 * k] = Le.i16(b, p);
        accel[3 * k + 1] = Le.i16(b, p + 2);
        accel[3 * k + 2] = Le.i16(b, p + 4);
        p += 6;
      }
      if (hasGyro) {
        gyro[3 * k] = Le.i16(b, p);
        gyro[3 * k + 1] = Le.i16(b, p + 2);
        gyro[3 * k + 2] = Le.i16(b, p + 4);
        p += 6;
      }
    }
    return new SampleBatch(count, cellCount, hasAccel, hasGyro, intervalMicros, cells, accel, gyro);
  }
}
