package io.plantaris.protocol;

/** Decodes a STATUS payload (PROTOCOL.md 3.3). */
final class StatusDecoder {
  static final int LENGTH = 10;

  private StatusDecoder() {}

  static Status decode(byte[] b, int off, int len) throws DecodeException {
    if (len < LENGTH) {
      throw DescriptorDecoder.truncated(len, LENGTH);
    }
    return DescriptorDecoder.build(
        () ->
            new Status(
                Le.u16(b, off),
                Le.u8(b, off + 2),
                Le.u32(b, off + 3),
                Le.i16(b, off + 7),
                Le.u8(b, off + 9)));
  }
}
