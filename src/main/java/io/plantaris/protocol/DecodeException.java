package io.plantaris.protocol;

/**
 * The one error of the wire codec: a frame that cannot be decoded, with the reason it is counted
 * under. Thrown by the decoders and caught at one boundary ({@link FrameReader}).
 */
public final class DecodeException extends Exception {
  private final DecodeError reason;
  private final String detail;
  private final transient FrameHeader header;

  public DecodeException(DecodeError reason, String message) {
    this(reason, message, null);
  }

  private DecodeException(DecodeError reason, String detail, FrameHeader header) {
    // No stack trace: bad input is expected traffic, and a trace per bad frame would cost more
    // than decoding it.
    super(
        reason + (header == null ? "" : " (seq " + header.sequence() + ")") + ": " + detail,
        null,
        false,
        false);
    this.reason = reason;
    this.detail = detail;
    this.header = header;
  }

  public DecodeError reason() {
    return reason;
  }

  /** The frame's header when its CRC matched (so seq and time are trustworthy), else null. */
  public FrameHeader header() {
    return header;
  }

  /** The same error, tagged with the header of the frame it happened in. */
  DecodeException withHeader(FrameHeader frameHeader) {
    return new DecodeException(reason, detail, frameHeader);
  }
}
