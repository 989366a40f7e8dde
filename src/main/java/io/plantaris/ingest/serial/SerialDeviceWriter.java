package io.plantaris.ingest.serial;

import com.fazecast.jSerialComm.SerialPort;
import io.plantaris.protocol.FrameReader;
import io.plantaris.protocol.MessageType;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The insole's end of a serial link, for tests, demos and the simulator's live mode: writes wire
 * bytes and answers each DESCRIPTOR_REQUEST with the descriptor it was given.
 *
 * <p>Writes are serialised, so an answer never lands inside a frame the caller is writing. It does
 * not reconnect: after the link breaks, open a new one.
 */
public final class SerialDeviceWriter implements AutoCloseable {
  private static final int READ_TIMEOUT_MILLIS = 100;

  private final SerialPort port;
  private final byte[] descriptorWire;
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread listener;
  private volatile boolean open = true;

  private SerialDeviceWriter(SerialPort port, byte[] descriptorWire) {
    this.port = port;
    this.descriptorWire = descriptorWire == null ? null : descriptorWire.clone();
    this.listener = new Thread(this::listen, "serial-device " + port.getSystemPortPath());
    listener.setDaemon(true);
    listener.start();
  }

  /**
   * Opens {@code path} (8N1, no flow control).
   *
   * @param descriptorWire wire bytes (COBS + delimiter) sent in answer to every request, or null to
   *     play a device that never answers
   */
  public static SerialDeviceWriter open(String path, int baud, byte[] descriptorWire)
      throws IOException {
    return new SerialDeviceWriter(
        SerialPorts.open(path, baud, READ_TIMEOUT_MILLIS), descriptorWire);
  }

  public void write(byte[] bytes) throws IOException {
    write(bytes, 0, bytes.length);
  }

  public synchronized void write(byte[] bytes, int off, int len) throws IOException {
    if (!open) {
      throw new IOException("device end of " + port.getSystemPortPath() + " is closed");
    }
    SerialPorts.writeAll(port, bytes, off, len);
  }

  /** DESCRIPTOR_REQUESTs received from the host so far. */
  public int descriptorRequests() {
    return requests.get();
  }

  /** False once closed or once a read failed (the link broke). */
  public boolean isOpen() {
    return open && listener.isAlive();
  }

  @Override
  public void close() {
    open = false;
    try {
      listener.join(READ_TIMEOUT_MILLIS * 10L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      port.closePort();
    }
  }

  private void listen() {
    FrameReader reader =
        new FrameReader(
            frame -> {
              if (frame.type() == MessageType.DESCRIPTOR_REQUEST) {
                requests.incrementAndGet();
                answer();
              }
            });
    byte[] buf = new byte[256];
    while (open) {
      int n = port.readBytes(buf, buf.length);
      if (n < 0) {
        return;
      }
      reader.feed(buf, 0, n);
    }
  }

  private void answer() {
    if (descriptorWire == null) {
      return;
    }
    try {
      write(descriptorWire);
    } catch (IOException e) {
      // The link broke; the next read fails and ends the listener.
    }
  }
}
