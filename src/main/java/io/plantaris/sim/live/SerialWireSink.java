package io.plantaris.sim.live;

import io.plantaris.ingest.serial.SerialDeviceWriter;
import io.plantaris.sim.TimedBytes;
import io.plantaris.sim.WireSink;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends each device's frames out of its own serial port through {@link SerialDeviceWriter} (8N1,
 * opened by path, which also works for pseudo-terminals), answering the host's descriptor requests
 * as a real insole does.
 */
public final class SerialWireSink implements WireSink {
  private final List<String> paths;
  private final int baud;
  private final Map<String, String> pathOf = new LinkedHashMap<>();
  private final Map<String, SerialDeviceWriter> ports = new LinkedHashMap<>();

  /** One path per device, in the order the devices are announced to {@link #open}. */
  public SerialWireSink(List<String> paths, int baud) {
    this.paths = List.copyOf(paths);
    this.baud = baud;
  }

  @Override
  public void open(List<String> deviceIds) throws IOException {
    if (deviceIds.size() != paths.size()) {
      throw new IOException(deviceIds.size() + " devices but " + paths.size() + " serial ports");
    }
    for (int i = 0; i < paths.size(); i++) {
      pathOf.put(deviceIds.get(i), paths.get(i));
    }
  }

  @Override
  public void send(String deviceId, TimedBytes frame) throws IOException {
    SerialDeviceWriter port = ports.get(deviceId);
    if (port == null) {
      String path = pathOf.get(deviceId);
      if (path == null) {
        throw new IOException("no serial port for " + deviceId);
      }
      port = SerialDeviceWriter.open(path, baud, frame.descriptor() ? frame.bytes() : null);
      ports.put(deviceId, port);
    }
    port.write(frame.bytes());
  }

  @Override
  public void close() {
    ports.values().forEach(SerialDeviceWriter::close);
  }
}
