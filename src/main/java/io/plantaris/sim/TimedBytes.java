package io.plantaris.sim;

/**
 * Wire bytes of one frame and the device time (microseconds) at which the device sends them.
 *
 * @param descriptor the frame is a DESCRIPTOR (MQTT publishes it retained on its own topic)
 */
public record TimedBytes(long timeMicros, byte[] bytes, boolean descriptor) {
  public TimedBytes {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimedBytes t
        && t.timeMicros == timeMicros
        && t.descriptor == descriptor
        && java.util.Arrays.equals(t.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(timeMicros) * 31 + java.util.Arrays.hashCode(bytes);
  }
}
