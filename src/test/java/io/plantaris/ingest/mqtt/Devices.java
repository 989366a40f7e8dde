package io.plantaris.ingest.mqtt;

import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.protocol.TestFrames;
import java.io.ByteArrayOutputStream;

/** Real wire frames for the MQTT tests, numbered so order and loss can be checked. */
final class Devices {
  /** Samples per SAMPLES frame: 5 at 100 Hz, as the simulator sends. */
  static final int SAMPLES_PER_FRAME = 5;

  private Devices() {}

  /**
   * A DESCRIPTOR naming {@code deviceId}: the id its topic carries, or the broker's guard drops it.
   */
  static byte[] descriptor(String deviceId, long bootId) {
    return FrameEncoder.encodeWire(
        Frame.of(0, 0, TestFrames.descriptor(bootId).withDeviceId(deviceId)));
  }

  /** {@code count} SAMPLES frames with sequence numbers {@code firstSeq..}, back to back. */
  static byte[] data(int firstSeq, int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      int seq = firstSeq + i;
      long t = 5_000L + (long) seq * SAMPLES_PER_FRAME * 10_000;
      out.writeBytes(
          FrameEncoder.encodeWire(Frame.of(seq, t, TestFrames.samples(SAMPLES_PER_FRAME, seq))));
    }
    return out.toByteArray();
  }
}
