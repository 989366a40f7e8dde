package io.plantaris.ingest;

/**
 * A transport that delivers insole wire bytes (serial port, MQTT broker, recording replay). Started
 * once with the sink it feeds; closing it releases the transport.
 */
public interface FrameSource extends AutoCloseable {

  /** Starts delivering to {@code sink}; returns once the source is running (or reconnecting). */
  void start(ByteSink sink) throws Exception;

  /** Short human-readable name for logs and health, e.g. {@code mqtt tcp://localhost:1883}. */
  String name();

  /** True while the transport is connected (serial open, MQTT session up). */
  boolean connected();

  /** More state for the health page (counters, last error), by name; empty by default. */
  default java.util.Map<String, Object> details() {
    return java.util.Map.of();
  }

  @Override
  void close();
}
