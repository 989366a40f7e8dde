package io.plantaris.protocol;

import java.nio.ByteBuffer;

/**
 * The decode boundary for one device's byte stream: deframes, decodes, counts every bad frame by
 * reason in {@link DecodeCounters} and moves on. Not thread-safe; one per stream.
 */
public final class FrameReader {
  private final FrameListener listener;
  private final DecodeCounters counters = new DecodeCounters();
  private final byte[] raw = new byte[Deframer.MAX_ENCODED_BYTES];
  private final Deframer deframer;

  public FrameReader(FrameListener listener) {
    this.listener = listener;
    this.deframer =
        new Deframer(
            new Deframer.Sink() {
              @Override
              public void onFrame(byte[] buf, int off, int len) {
                decode(buf, off, len);
              }

              @Override
              public void onOversize() {
                fail(new DecodeException(DecodeError.OVERSIZE, "no delimiter within 1029 bytes"));
              }
            });
  }

  public void feed(byte[] buf, int off, int len) {
    deframer.feed(buf, off, len);
  }

  public void feed(byte[] buf) {
    deframer.feed(buf, 0, buf.length);
  }

  public void feed(ByteBuffer buf) {
    deframer.feed(buf);
  }

  /**
   * Ends the stream (end of a file): an unfinished frame left without its delimiter counts as
   * {@link DecodeError#TRUNCATED}.
   */
  public void endOfStream() {
    if (deframer.pendingBytes() > 0) {
      deframer.reset();
      fail(new DecodeException(DecodeError.TRUNCATED, "stream ended inside a frame"));
    }
  }

  public DecodeCounters counters() {
    return counters;
  }

  private void decode(byte[] buf, int off, int len) {
    Frame frame;
    try {
      int n = Cobs.decodeZeroFree(buf, off, len, raw, 0);
      frame = FrameDecoder.decode(raw, 0, n);
    } catch (DecodeException e) {
      fail(e);
      return;
    }
    counters.frame(frame.type());
    listener.onFrame(frame);
  }

  private void fail(DecodeException e) {
    counters.error(e.reason());
    listener.onError(e);
  }
}
