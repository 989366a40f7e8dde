package io.plantaris.store;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * The framing of one spool record: payload length (int), CRC-32 (int) over the append time and the
 * payload, append time (epoch millis, long), payload. A torn or corrupt record fails the length or
 * the CRC check, so recovery can cut the segment right before it.
 */
final class SpoolFrame {
  static final int HEADER_BYTES = 16;
  static final int MAX_PAYLOAD_BYTES = 1 << 20;

  private SpoolFrame() {}

  static ByteBuffer encode(byte[] payload, long appendMillis) {
    if (payload.length > MAX_PAYLOAD_BYTES) {
      throw new IllegalArgumentException("spool record of " + payload.length + " bytes");
    }
    ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + payload.length);
    b.putInt(payload.length).putInt(crc(appendMillis, payload, 0, payload.length));
    b.putLong(appendMillis).put(payload).flip();
    return b;
  }

  static int crc(long appendMillis, byte[] payload, int off, int len) {
    CRC32 c = new CRC32();
    c.update(ByteBuffer.allocate(8).putLong(0, appendMillis));
    c.update(payload, off, len);
    return (int) c.getValue();
  }

  /**
   * Checks the frame starting at {@code pos} of {@code buf} (whose valid bytes end at {@code
   * limit}): its total size when intact, 0 when it does not fit (more bytes needed), or -1 when the
   * header or CRC is wrong.
   */
  static int check(byte[] buf, int pos, int limit) {
    if (limit - pos < HEADER_BYTES) {
      return 0;
    }
    ByteBuffer b = ByteBuffer.wrap(buf);
    int len = b.getInt(pos);
    if (len < 0 || len > MAX_PAYLOAD_BYTES) {
      return -1;
    }
    if (limit - pos < HEADER_BYTES + len) {
      return 0;
    }
    long appendMillis = b.getLong(pos + 8);
    return crc(appendMillis, buf, pos + HEADER_BYTES, len) == b.getInt(pos + 4)
        ? HEADER_BYTES + len
        : -1;
  }

  static long appendMillis(byte[] buf, int pos) {
    return ByteBuffer.wrap(buf).getLong(pos + 8);
  }
}
