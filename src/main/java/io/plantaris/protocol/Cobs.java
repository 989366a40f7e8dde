package io.plantaris.protocol;

/**
 * Consistent Overhead Byte Stuffing (Cheshire and Baker 1999): removes every zero byte so that
 * {@code 0x00} can delimit frames.
 */
public final class Cobs {
  private Cobs() {}

  /** The longest encoding of {@code len} bytes: one code byte per started 254-byte block. */
  public static int maxEncodedLength(int len) {
    return len + len / 254 + 1;
  }

  /** Encodes {@code len} bytes (without adding the delimiter). */
  public static byte[] encode(byte[] src, int off, int len) {
    byte[] out = new byte[maxEncodedLength(len)];
    int n = encode(src, off, len, out, 0);
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * Encodes into {@code dst} (at least {@link #maxEncodedLength} bytes free) and returns the
   * encoded length. A final block of exactly 254 non-zero bytes gets no extra {@code 0x01} code.
   */
  public static int encode(byte[] src, int off, int len, byte[] dst, int dstOff) {
    int codeAt = dstOff;
    int w = dstOff + 1;
    int code = 1;
    for (int i = off, end = off + len; i < end; i++) {
      byte b = src[i];
      if (b == 0) {
        dst[codeAt] = (byte) code;
        codeAt = w++;
        code = 1;
      } else {
        dst[w++] = b;
        code++;
        if (code == 0xFF && i + 1 < end) {
          dst[codeAt] = (byte) code;
          codeAt = w++;
          code = 1;
        }
      }
    }
    dst[codeAt] = (byte) code;
    return w - dstOff;
  }

  /**
   * Decodes {@code len} encoded bytes (no delimiter) into {@code dst}, which needs {@code len}
   * bytes of room, and returns the decoded length.
   *
   * @throws DecodeException {@link DecodeError#BAD_COBS} when a code byte points past the end or a
   *     zero byte appears inside the frame
   */
  public static int decode(byte[] src, int off, int len, byte[] dst, int dstOff)
      throws DecodeException {
    for (int i = off, end = off + len; i < end; i++) {
      if (src[i] == 0) {
        throw new DecodeException(DecodeError.BAD_COBS, "zero byte inside a frame at " + (i - off));
      }
    }
    return decodeZeroFree(src, off, len, dst, dstOff);
  }

  /** {@link #decode} for input known to hold no zero byte, as the deframer guarantees. */
  static int decodeZeroFree(byte[] src, int off, int len, byte[] dst, int dstOff)
      throws DecodeException {
    int r = off;
    int end = off + len;
    int w = dstOff;
    while (r < end) {
      int code = src[r] & 0xFF;
      if (code == 0 || r + code > end) {
        throw new DecodeException(
            DecodeError.BAD_COBS, "code " + code + " at " + (r - off) + " points past the end");
      }
      System.arraycopy(src, r + 1, dst, w, code - 1);
      w += code - 1;
      r += code;
      if (code != 0xFF && r < end) {
        dst[w++] = 0;
      }
    }
    return w - dstOff;
  }
}
