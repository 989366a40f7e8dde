package io.plantaris.protocol;

import java.util.Arrays;

/** A growable little-endian byte sink for the encoder. */
final class LeWriter {
  private byte[] buf = new byte[64];
  private int size;

  LeWriter u8(int v) {
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  LeWriter u16(int v) {
    return u8(v).u8(v >>> 8);
  }

  LeWriter u32(long v) {
    return u16((int) v).u16((int) (v >>> 16));
  }

  LeWriter f32(float v) {
    return u32(Float.floatToRawIntBits(v));
  }

  LeWriter bytes(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
    return this;
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int n) {
    if (size + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
    }
  }
}
