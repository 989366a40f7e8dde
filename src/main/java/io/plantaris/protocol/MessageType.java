package io.plantaris.protocol;

/** The message types of protocol version 1 with their wire codes (PROTOCOL.md section 3). */
public enum MessageType {
  DESCRIPTOR(0x01),
  SAMPLES(0x02),
  STATUS(0x03),
  MARKER(0x04),
  DESCRIPTOR_REQUEST(0x10);

  private final int wireCode;

  MessageType(int wireCode) {
    this.wireCode = wireCode;
  }

  public int wireCode() {
    return wireCode;
  }

  /** The type with this code, or null when version 1 does not define it. */
  public static MessageType fromWireCode(int code) {
    for (MessageType t : values()) {
      if (t.wireCode == code) {
        return t;
      }
    }
    return null;
  }
}
