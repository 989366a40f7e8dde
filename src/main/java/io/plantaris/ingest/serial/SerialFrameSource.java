package io.plantaris.ingest.serial;

import com.fazecast.jSerialComm.SerialPort;
import io.plantaris.ingest.ByteSink;
import io.plantaris.ingest.FrameSource;
import io.plantaris.ingest.LinkState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One insole on a serial port: asks it to describe itself, hands every byte to the sink and, when
 * the cable is pulled, reports OFFLINE and keeps reopening the same path until it is back.
 *
 * <p>One reader thread per port does blocking reads and only hands bytes on; the sink copies them
 * (the read buffer is reused). Deframing and decoding happen downstream, so garbage on the line
 * never affects this class.
 *
 * <p>A pulled cable shows up as a failed read (EIO, both for a USB adapter and for a pty whose
 * other end closed), or as the path vanishing while the line is idle. Not jSerialComm's data
 * listener: on a pty whose other end closed, 2.11.0 fires PORT_DISCONNECTED in a tight loop (about
 * 500,000 callbacks a second) until someone closes the port.
 */
public final class SerialFrameSource implements FrameSource {
  private static final Logger log = LoggerFactory.getLogger(SerialFrameSource.class);
  private static final int READ_BUFFER_BYTES = 4096;

  private final SerialSourceConfig config;
  private volatile boolean running;
  private volatile boolean connected;
  private Thread reader;

  public SerialFrameSource(SerialSourceConfig config) {
    this.config = config;
  }

  @Override
  public synchronized void start(ByteSink sink) {
    if (reader != null) {
      throw new IllegalStateException(name() + " already started");
    }
    running = true;
    reader = new Thread(() -> run(sink), "serial-reader " + config.path());
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public String name() {
    return "serial " + config.path() + " @" + config.baud();
  }

  @Override
  public boolean connected() {
    return connected;
  }

  @Override
  public synchronized void close() {
    running = false;
    if (reader == null) {
      return;
    }
    reader.interrupt();
    try {
      reader.join(config.readTimeoutMillis() + SerialPorts.WRITE_TIMEOUT_MILLIS + 1_000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run(ByteSink sink) {
    String key = config.streamKey();
    long delayMillis = config.reconnectMinMillis();
    boolean offlineReported = false;
    long offlineSinceNanos = System.nanoTime();
    while (running) {
      SerialPort port;
      try {
        port = SerialPorts.open(config.path(), config.baud(), config.readTimeoutMillis());
      } catch (IOException e) {
        if (!offlineReported) {
          log.warn(
              "{}: not connected ({}); retrying every {}-{} ms",
              name(),
              e.getMessage(),
              config.reconnectMinMillis(),
              config.reconnectMaxMillis());
          sink.onLinkState(key, LinkState.OFFLINE, "not connected: " + e.getMessage());
          offlineReported = true;
        }
        sleep(delayMillis);
        delayMillis = Math.min(2 * delayMillis, config.reconnectMaxMillis());
        continue;
      }
      long offlineMillis = (System.nanoTime() - offlineSinceNanos) / 1_000_000;
      String why = serve(port, sink, offlineReported ? offlineMillis : -1);
      offlineSinceNanos = System.nanoTime();
      delayMillis = config.reconnectMinMillis();
      if (running) {
        log.warn(
            "{}: cable unplugged ({}); reopening every {}-{} ms",
            name(),
            why,
            config.reconnectMinMillis(),
            config.reconnectMaxMillis());
        sink.onLinkState(key, LinkState.OFFLINE, "cable unplugged: " + why);
        offlineReported = true;
        sleep(delayMillis);
      } else {
        sink.onLinkState(key, LinkState.OFFLINE, "serial source closed");
      }
    }
  }

  /** Runs one connection until it breaks; returns why it broke, in words. */
  private String serve(SerialPort port, ByteSink sink, long offlineMillis) {
    String resolved = port.getSystemPortPath();
    try {
      connected = true;
      String detail =
          (offlineMillis < 0 ? "opened " : "reopened after " + offlineMillis + " ms offline, ")
              + resolved
              + " at "
              + config.baud()
              + " baud";
      log.info("{}: {}; asking the device to describe itself", name(), detail);
      sink.onLinkState(config.streamKey(), LinkState.ONLINE, detail);
      byte[] hello = SerialPorts.hello();
      SerialPorts.writeAll(port, hello, 0, hello.length);
      return pump(port, sink);
    } catch (IOException e) {
      return e.getMessage();
    } finally {
      connected = false;
      port.closePort();
    }
  }

  private String pump(SerialPort port, ByteSink sink) {
    byte[] buf = new byte[READ_BUFFER_BYTES];
    Path path = Path.of(config.path());
    while (running) {
      int n = port.readBytes(buf, buf.length);
      if (n > 0) {
        // A full sink refuses (returns false) and counts the drop itself; the line goes on.
        sink.onBytes(config.streamKey(), buf, 0, n, System.currentTimeMillis());
      } else if (n < 0) {
        // A pty whose other end went away and a USB adapter pulled out both fail reads (EIO).
        return "read failed on " + port.getSystemPortPath() + ", " + SerialPorts.lastError(port);
      } else if (!Files.exists(path)) {
        return config.path() + " disappeared";
      }
    }
    return "source closed";
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      // close() interrupts; the loop checks running.
      Thread.currentThread().interrupt();
    }
  }
}
