package io.plantaris.protocol;

import java.util.Arrays;

/**
 * Encodes frames for the simulator and tests: {@link Frame} to raw bytes (header, payload, CRC) and
 * to wire bytes (COBS plus the {@code 0x00} delimiter).
 */
public final class FrameEncoder {
  private static final byte[] NO_BYTES = new byte[0];

  private FrameEncoder() {}

  /** Header, payload and CRC of {@code frame}. */
  public static byte[] encodeRaw(Frame frame) {
    return encodeRaw(frame, NO_BYTES);
  }

  /**
   * Header, payload, {@code extraPayload} (bytes a later minor revision might append; receivers
   * ignore them) and CRC.
   */
  public static byte[] encodeRaw(Frame frame, byte[] extraPayload) {
    LeWriter payload = new LeWriter();
    PayloadEncoder.write(frame.message(), payload);
    payload.bytes(extraPayload);
    byte[] raw =
        rawFrame(
            frame.version(),
            frame.type().wireCode(),
            frame.sequence(),
            frame.deviceTimeMicros(),
            payload.toByteArray());
    if (raw.length > FrameDecoder.MAX_FRAME_BYTES) {
      throw new IllegalArgumentException(
          "frame of " + raw.length + " bytes exceeds " + FrameDecoder.MAX_FRAME_BYTES);
    }
    return raw;
  }

  /** COBS-encoded frame followed by the {@code 0x00} delimiter. */
  public static byte[] encodeWire(Frame frame) {
    return wire(encodeRaw(frame));
  }

  /** Like {@link #encodeWire(Frame)} with extra payload bytes appended before the CRC. */
  public static byte[] encodeWire(Frame frame, byte[] extraPayload) {
    return wire(encodeRaw(frame, extraPayload));
  }

  /**
   * Any frame, valid or not, from its header fields and payload bytes, with a correct CRC and no
   * size limit; tests use it to build unknown types, other versions, bad fields and oversize
   * frames.
   */
  public static byte[] rawFrame(int version, int type, int seq, long timeMicros, byte[] payload) {
    LeWriter w = new LeWriter();
    w.u8(version).u8(type).u16(seq).u32(timeMicros).bytes(payload);
    byte[] body = w.toByteArray();
    return w.u32(Crc32.of(body, 0, body.length)).toByteArray();
  }

  /** COBS-encodes raw frame bytes and appends the delimiter. */
  public static byte[] wire(byte[] raw) {
    byte[] out = new byte[Cobs.maxEncodedLength(raw.length) + 1];
    int n = Cobs.encode(raw, 0, raw.length, out, 0);
    return Arrays.copyOf(out, n + 1);
  }
}
