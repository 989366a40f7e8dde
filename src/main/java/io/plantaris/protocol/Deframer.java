package io.plantaris.protocol;

import java.nio.ByteBuffer;

/**
 * Cuts a byte stream into COBS-encoded frames at {@code 0x00} delimiters, whatever the chunking of
 * the input. Resynchronises at the next delimiter after garbage and never throws on bad input.
 */
public final class Deframer {
  /** Most encoded bytes a frame may have before its delimiter: 1024 + ceil(1024 / 254). */
  public static final int MAX_ENCODED_BYTES = 1029;

  /** Receives what the deframer cuts out of the stream. */
  public interface Sink {
    /**
     * One encoded frame without its delimiter; {@code buf} is reused after the call returns. Never
     * called with {@code len == 0} (empty frames are ignored).
     */
    void onFrame(byte[] buf, int off, int len);

    /** More than {@link #MAX_ENCODED_BYTES} arrived without a delimiter; skipping to the next. */
    void onOversize();
  }

  private final Sink sink;
  private final byte[] pending = new byte[MAX_ENCODED_BYTES];
  private int pendingLen;
  private boolean discarding;
  private byte[] chunk; // only direct buffers need copying, so allocated on first use

  public Deframer(Sink sink) {
    this.sink = sink;
  }

  /** Feeds {@code len} bytes of {@code buf} from {@code off}. */
  public void feed(byte[] buf, int off, int len) {
    int end = off + len;
    int i = off;
    while (i < end) {
      int z = i;
      while (z < end && buf[z] != 0) {
        z++;
      }
      boolean delimited = z < end;
      int n = z - i;
      if (!discarding) {
        if (pendingLen + n > MAX_ENCODED_BYTES) {
          pendingLen = 0;
          discarding = true;
          sink.onOversize();
        } else if (delimited && pendingLen == 0) {
          // the whole frame is in the caller's buffer: hand it over without copying
          if (n > 0) {
            sink.onFrame(buf, i, n);
          }
        } else {
          System.arraycopy(buf, i, pending, pendingLen, n);
          pendingLen += n;
          if (delimited) {
            int frameLen = pendingLen;
            pendingLen = 0;
            sink.onFrame(pending, 0, frameLen);
          }
        }
      }
      if (!delimited) {
        return;
      }
      discarding = false;
      i = z + 1;
    }
  }

  /** Feeds the remaining bytes of {@code buf}, leaving its position at its limit. */
  public void feed(ByteBuffer buf) {
    if (buf.hasArray()) {
      feed(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining());
      buf.position(buf.limit());
      return;
    }
    if (chunk == null) {
      chunk = new byte[4096];
    }
    while (buf.hasRemaining()) {
      int n = Math.min(chunk.length, buf.remaining());
      buf.get(chunk, 0, n);
      feed(chunk, 0, n);
    }
  }

  /** Encoded bytes of an unfinished frame waiting for their delimiter. */
  public int pendingBytes() {
    return pendingLen;
  }

  /** Forgets any unfinished frame, as after a reconnect. */
  public void reset() {
    pendingLen = 0;
    discarding = false;
  }
}
