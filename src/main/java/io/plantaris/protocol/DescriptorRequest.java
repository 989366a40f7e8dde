package io.plantaris.protocol;

/** Host-to-device request (type 0x10, empty payload): answer with a DESCRIPTOR. */
public record DescriptorRequest() implements Message {
  @Override
  public MessageType type() {
    return MessageType.DESCRIPTOR_REQUEST;
  }
}
