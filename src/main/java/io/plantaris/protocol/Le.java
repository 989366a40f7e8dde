package io.plantaris.protocol;

/** Little-endian reads by plain index arithmetic (no ByteBuffer per field on the hot path). */
final class Le {
  private Le() {}

  static int u8(byte[] b, int i) {
    return b[i] & 0xFF;
  }

  static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  static short i16(byte[] b, int i) {
    return (short) u16(b, i);
  }

  static int i32(byte[] b, int i) {
    return u16(b, i) | u16(b, i + 2) << 16;
  }

  static long u32(byte[] b, int i) {
    return i32(b, i) & 0xFFFF_FFFFL;
  }

  static float f32(byte[] b, int i) {
    return Float.intBitsToFloat(i32(b, i));
  }
}
