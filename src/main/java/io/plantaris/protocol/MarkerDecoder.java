package io.plantaris.protocol;

/** Decodes a MARKER payload (PROTOCOL.md 3.4). */
final class MarkerDecoder {
  static final int LENGTH = 3;

  private MarkerDecoder() {}

  static Marker decode(byte[] b, int off, int len) throws DecodeException {
    if (len < LENGTH) {
      throw DescriptorDecoder.truncated(len, LENGTH);
    }
    int kind = Le.u8(b, off);
    MarkerKind markerKind = MarkerKind.fromWireCode(kind);
    if (markerKind == null) {
      throw new DecodeException(DecodeError.BAD_FIELD, "marker kind " + kind + " not in 1..5");
    }
    return new Marker(markerKind, Le.u16(b, off + 1));
  }
}
