package io.plantaris.sim.live;

import com.fazecast.jSerialComm.SerialPort;
import io.plantaris.sim.TimedBytes;
import io.plantaris.sim.WireSink;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends each device's frames out of its own serial port (8N1, PROTOCOL.md section 6); ports are
 * opened by path, which also works for pseudo-terminals.
 */
public final class SerialWireSink implements WireSink {
  private final List<String> paths;
  private final int baud;
  private final Map<String, SerialPort> ports = new LinkedHashMap<>();

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
      SerialPort port = SerialPort.getCommPort(paths.get(i));
      port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
      port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
      port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 1000);
      if (!port.openPort()) {
        throw new IOException("cannot open serial port " + paths.get(i));
      }
      ports.put(deviceIds.get(i), port);
    }
  }

  @Override
  public void send(String deviceId, TimedBytes frame) throws IOException {
    SerialPort port = ports.get(deviceId);
    byte[] bytes = frame.bytes();
    if (port == null || port.writeBytes(bytes, bytes.length) != bytes.length) {
      throw new IOException("serial write failed for " + deviceId);
    }
  }

  @Override
  public void close() {
    ports.values().forEach(SerialPort::closePort);
  }
}
