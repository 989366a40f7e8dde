package io.plantaris.ingest.mqtt;

import io.plantaris.protocol.DecodeException;
import io.plantaris.protocol.Descriptor;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameDecoder;
import io.plantaris.protocol.MessageType;
import java.util.Optional;

/**
 * Finds a DESCRIPTOR in an MQTT message that names another device than the topic it came on. The
 * topic is the authenticated identity (the broker lets a device publish only under its own id), the
 * descriptor is only what the device says; a descriptor claiming another id would route its reps to
 * that id's patient, so such a message must not be handed on.
 */
final class DescriptorClaims {
  private static final int DESCRIPTOR = MessageType.DESCRIPTOR.wireCode();

  private DescriptorClaims() {}

  /** The other device id a descriptor in {@code payload} claims, or empty when none does. */
  static Optional<String> foreignId(byte[] payload, String topicDeviceId) {
    int start = 0;
    for (int i = 0; i <= payload.length; i++) {
      if (i < payload.length && payload[i] != 0) {
        continue;
      }
      Optional<String> claimed = descriptorId(payload, start, i - start);
      if (claimed.isPresent() && !claimed.get().equals(topicDeviceId)) {
        return claimed;
      }
      start = i + 1;
    }
    return Optional.empty();
  }

  /** The device id of one COBS-encoded frame if it is a readable DESCRIPTOR. */
  private static Optional<String> descriptorId(byte[] b, int off, int len) {
    // COBS: the first byte counts the bytes up to the first zero, so with a code of 3 or more the
    // raw header's type byte (raw[1]) is b[off + 2]; only descriptors are decoded in full
    if (len < FrameDecoder.MIN_FRAME_BYTES || (b[off] & 0xFF) < 3 || b[off + 2] != DESCRIPTOR) {
      return Optional.empty();
    }
    try {
      Frame f = FrameDecoder.decodeEncoded(b, off, len);
      return f.message() instanceof Descriptor d ? Optional.of(d.deviceId()) : Optional.empty();
    } catch (DecodeException e) {
      return Optional.empty(); // the pipeline counts it as a decode error and never uses it
    }
  }
}
