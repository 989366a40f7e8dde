package io.plantaris.protocol;

/** Receives what a {@link FrameReader} makes of a byte stream. */
@FunctionalInterface
public interface FrameListener {
  void onFrame(Frame frame);

  /**
   * A frame that was skipped; already counted. {@link DecodeException#header()} is set when the CRC
   * matched, so loss tracking can still use its sequence number.
   */
  default void onError(DecodeException error) {}
}
