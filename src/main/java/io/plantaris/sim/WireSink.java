package io.plantaris.sim;

import java.io.Closeable;
import java.io.IOException;

/** Where a live stream's frames go: a byte stream, a serial port or an MQTT broker. */
public interface WireSink extends Closeable {
  /** Called once before the first frame, with the device ids that will send. */
  default void open(java.util.List<String> deviceIds) throws IOException {}

  /** Sends one frame of {@code deviceId}. */
  void send(String deviceId, TimedBytes frame) throws IOException;
}
