package io.plantaris.ingest.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import io.plantaris.protocol.DescriptorRequest;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening a port the protocol's way (8N1, no flow control) and writing to it, for this package. */
final class SerialPorts {
  /** A write that cannot drain within this is treated as a dead link. */
  static final int WRITE_TIMEOUT_MILLIS = 1_000;

  private static final byte[] HELLO = helloBytes();

  private SerialPorts() {}

  /**
   * Opens {@code path}. jSerialComm resolves a symlink when the port object is created, so callers
   * open again (never reuse a port object) after a replug: the link may point elsewhere by then.
   */
  static SerialPort open(String path, int baud, int readTimeoutMillis) throws IOException {
    if (!Files.exists(Path.of(path))) {
      throw new IOException(path + " does not exist");
    }
    SerialPort port;
    try {
      port = SerialPort.getCommPort(path);
    } catch (SerialPortInvalidPortException e) {
      throw new IOException(path + " is not a serial port", e);
    }
    port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
    port.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
        readTimeoutMillis,
        WRITE_TIMEOUT_MILLIS);
    if (!port.openPort()) {
      throw new IOException(
          "cannot open " + path + " (" + port.getSystemPortPath() + ", " + lastError(port) + ")");
    }
    return port;
  }

  /**
   * A {@code 0x00} that flushes whatever partial frame the device holds, then a DESCRIPTOR_REQUEST
   * (PROTOCOL.md section 6).
   */
  static byte[] hello() {
    return HELLO.clone();
  }

  static void writeAll(SerialPort port, byte[] bytes, int off, int len) throws IOException {
    int written = port.writeBytes(bytes, len, off);
    if (written != len) {
      throw new IOException(
          "write failed on " + port.getSystemPortPath() + " (" + lastError(port) + ")");
    }
  }

  /** The native error in words for the log, e.g. {@code errno 5, input/output error}. */
  static String lastError(SerialPort port) {
    int errno = port.getLastErrorCode();
    String words =
        switch (errno) {
          case 2 -> ", no such file";
          case 5 -> ", input/output error"; // a pulled USB adapter, a pty whose other end closed
          case 6, 19 -> ", no such device";
          case 13 -> ", permission denied";
          case 16 -> ", busy";
          default -> "";
        };
    return "errno " + errno + words;
  }

  private static byte[] helloBytes() {
    byte[] request = FrameEncoder.encodeWire(Frame.of(0, 0, new DescriptorRequest()));
    byte[] out = new byte[request.length + 1];
    System.arraycopy(request, 0, out, 1, request.length);
    return out;
  }
}
