package io.plantaris.protocol;

/**
 * One decoded frame: header fields and the message it carried.
 *
 * @param version protocol version, always 1 for decoded frames
 * @param sequence per-device frame counter, 0..65535, wrapping
 * @param deviceTimeMicros the raw u32 device clock, 0..2^32-1, wrapping about every 71.6 minutes
 */
public record Frame(int version, int sequence, long deviceTimeMicros, Message message) {
  public Frame {
    if (version < 0 || version > 0xFF) {
      throw new IllegalArgumentException("version is u8, was " + version);
    }
    if (sequence < 0 || sequence > 0xFFFF) {
      throw new IllegalArgumentException("sequence is u16, was " + sequence);
    }
    if (deviceTimeMicros < 0 || deviceTimeMicros > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("deviceTimeMicros is u32, was " + deviceTimeMicros);
    }
    if (message == null) {
      throw new IllegalArgumentException("message must not be null");
    }
  }

  /** A version-1 frame. */
  public static Frame of(int sequence, long deviceTimeMicros, Message message) {
    return new Frame(1, sequence, deviceTimeMicros, message);
  }

  public MessageType type() {
    return message.type();
  }
}
