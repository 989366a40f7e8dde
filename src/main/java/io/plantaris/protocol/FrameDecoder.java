package io.plantaris.protocol;

/**
 * Turns one frame into a {@link Frame}, checking in the order of PROTOCOL.md: COBS, length, CRC,
 * version, type, payload length, field ranges. Stateless.
 */
public final class FrameDecoder {
  /** Largest decoded frame: header + payload + CRC. */
  public static final int MAX_FRAME_BYTES = 1024;

  /** Header plus CRC: the shortest possible frame. */
  public static final int MIN_FRAME_BYTES = 12;

  private FrameDecoder() {}

  /** Decodes one COBS-encoded frame without its delimiter. */
  public static Frame decodeEncoded(byte[] encoded, int off, int len) throws DecodeException {
    byte[] raw = new byte[len];
    int n = Cobs.decode(encoded, off, len, raw, 0);
    return decode(raw, 0, n);
  }

  /** Decodes one frame that is already COBS-decoded (header, payload, CRC). */
  public static Frame decode(byte[] raw, int off, int len) throws DecodeException {
    if (len > MAX_FRAME_BYTES) {
      throw new DecodeException(DecodeError.OVERSIZE, len + " bytes > " + MAX_FRAME_BYTES);
    }
    if (len < MIN_FRAME_BYTES) {
      throw new DecodeException(DecodeError.TRUNCATED, "frame of " + len + " bytes < 12");
    }
    long sent = Le.u32(raw, off + len - 4);
    long computed = Crc32.of(raw, off, len - 4);
    if (sent != computed) {
      throw new DecodeException(
          DecodeError.BAD_CRC, String.format("crc %08x, computed %08x", sent, computed));
    }
    int version = Le.u8(raw, off);
    int type = Le.u8(raw, off + 1);
    int seq = Le.u16(raw, off + 2);
    long timeMicros = Le.u32(raw, off + 4);
    try {
      if (version != 1) {
        throw new DecodeException(DecodeError.UNSUPPORTED_VERSION, "version " + version);
      }
      return new Frame(1, seq, timeMicros, payload(type, raw, off + 8, len - 12));
    } catch (DecodeException e) {
      // the CRC matched, so the header is trustworthy: loss tracking still counts its seq
      throw e.withHeader(new FrameHeader(version, type, seq, timeMicros));
    }
  }

  private static Message payload(int type, byte[] b, int off, int len) throws DecodeException {
    MessageType t = MessageType.fromWireCode(type);
    if (t == null) {
      throw new DecodeException(DecodeError.UNKNOWN_TYPE, String.format("type 0x%02x", type));
    }
    return switch (t) {
      case DESCRIPTOR -> DescriptorDecoder.decode(b, off, len);
      case SAMPLES -> SampleBatchDecoder.decode(b, off, len);
      case STATUS -> StatusDecoder.decode(b, off, len);
      case MARKER -> MarkerDecoder.decode(b, off, len);
      case DESCRIPTOR_REQUEST -> new DescriptorRequest();
    };
  }
}
