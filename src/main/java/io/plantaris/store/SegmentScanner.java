package io.plantaris.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Walks the frames of one spool segment between two offsets, checking each one's length and CRC.
 */
final class SegmentScanner {
  /** Receives each intact record: append time, payload bytes in {@code buf[off, off+len)}. */
  interface Visitor {
    void record(long appendMillis, byte[] buf, int off, int len);
  }

  /** Where the walk stopped and why. */
  record Result(long endOffset, int records, boolean damaged, String problem) {}

  private static final int WINDOW = 256 * 1024;

  private SegmentScanner() {}

  /**
   * Visits intact frames from {@code from} up to {@code limit} (at most {@code maxRecords}); stops
   * at the first frame that is cut short by {@code limit} or fails its checks, and says so.
   */
  static Result scan(FileChannel ch, long from, long limit, int maxRecords, Visitor v)
      throws IOException {
    byte[] buf = new byte[WINDOW];
    long bufStart = from;
    int filled = 0;
    int pos = 0;
    int records = 0;
    while (records < maxRecords) {
      int size = SpoolFrame.check(buf, pos, filled);
      if (size > 0) {
        v.record(
            SpoolFrame.appendMillis(buf, pos),
            buf,
            pos + SpoolFrame.HEADER_BYTES,
            size - SpoolFrame.HEADER_BYTES);
        pos += size;
        records++;
        continue;
      }
      long at = bufStart + pos;
      if (size < 0) {
        return new Result(at, records, true, "bad length or CRC at byte " + at);
      }
      if (at >= limit) {
        return new Result(at, records, false, null);
      }
      // Need more bytes: keep the partial frame at the front and refill.
      int keep = filled - pos;
      int need = Math.max(WINDOW, neededBytes(buf, pos, filled));
      byte[] next = need > buf.length ? new byte[need] : buf;
      System.arraycopy(buf, pos, next, 0, keep);
      buf = next;
      bufStart = at;
      pos = 0;
      filled = keep;
      int want = (int) Math.min(buf.length - filled, limit - (bufStart + filled));
      int n = want <= 0 ? -1 : ch.read(ByteBuffer.wrap(buf, filled, want), bufStart + filled);
      if (n <= 0) {
        return new Result(at, records, true, "record cut short at byte " + at);
      }
      filled += n;
    }
    return new Result(bufStart + pos, records, false, null);
  }

  private static int neededBytes(byte[] buf, int pos, int filled) {
    if (filled - pos < SpoolFrame.HEADER_BYTES) {
      return SpoolFrame.HEADER_BYTES;
    }
    int len = ByteBuffer.wrap(buf).getInt(pos);
    return SpoolFrame.HEADER_BYTES + Math.max(0, Math.min(len, SpoolFrame.MAX_PAYLOAD_BYTES));
  }
}
