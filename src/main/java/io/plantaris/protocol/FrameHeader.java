package io.plantaris.protocol;

/**
 * The 8-byte header of a frame whose CRC matched, kept when its payload could not be decoded so
 * that its sequence number still counts for loss tracking.
 */
public record FrameHeader(int version, int type, int sequence, long deviceTimeMicros) {
  public FrameHeader {
    if (version < 0 || version > 0xFF || type < 0 || type > 0xFF) {
      throw new IllegalArgumentException("version and type are u8: " + version + ", " + type);
    }
    if (sequence < 0 || sequence > 0xFFFF) {
      throw new IllegalArgumentException("sequence is u16, was " + sequence);
    }
    if (deviceTimeMicros < 0 || deviceTimeMicros > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("deviceTimeMicros is u32, was " + deviceTimeMicros);
    }
  }
}
