package io.plantaris.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Writes each device's frames to its own output stream (a file, a pipe, a test buffer). */
public final class OutputStreamSink implements WireSink {
  private final Map<String, OutputStream> streams;

  /** {@code streams} maps device id to its stream; frames of other devices are an error. */
  public OutputStreamSink(Map<String, OutputStream> streams) {
    this.streams = Map.copyOf(streams);
  }

  @Override
  public void send(String deviceId, TimedBytes frame) throws IOException {
    OutputStream out = streams.get(deviceId);
    if (out == null) {
      throw new IOException("no output stream for device " + deviceId);
    }
    out.write(frame.bytes());
    out.flush();
  }

  @Override
  public void close() throws IOException {
    for (OutputStream out : streams.values()) {
      out.close();
    }
  }
}
