package io.plantaris.protocol;

/**
 * A button press or set/session boundary (type 0x04).
 *
 * @param value the set number for set start/end, the button id for a press, otherwise 0
 */
public record Marker(MarkerKind kind, int value) implements Message {
  public Marker {
    if (kind == null) {
      throw new IllegalArgumentException("kind must not be null");
    }
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException("value is u16, was " + value);
    }
  }

  @Override
  public MessageType type() {
    return MessageType.MARKER;
  }
}
