package io.plantaris.ingest.serial;

import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.protocol.TestFrames;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Frames and cleanup shared by the serial integration tests. */
final class SerialItSupport implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SerialItSupport.class);
  static final int BAUD = SerialSourceConfig.DEFAULT_BAUD;

  /** Everything a test opened, closed in reverse order even when the test failed. */
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();

  <T extends AutoCloseable> T track(T resource) {
    opened.push(resource);
    return resource;
  }

  static byte[] descriptorWire() {
    return FrameEncoder.encodeWire(Frame.of(0, 0, TestFrames.descriptor(0xCAFEL)));
  }

  /** One SAMPLES frame (5 samples of 16 cells + IMU) with sequence {@code seq}. */
  static byte[] samplesWire(int seq) {
    return FrameEncoder.encodeWire(Frame.of(seq, 50_000L * seq, TestFrames.samples(5, seq)));
  }

  /** SAMPLES frames with sequences {@code first .. first + count - 1}, back to back. */
  static byte[] samplesWire(int first, int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int seq = first; seq < first + count; seq++) {
      out.writeBytes(samplesWire(seq));
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        // Keep closing the rest: a leftover socat would break the next test.
        log.warn("cleanup failed", e);
      }
    }
  }
}
