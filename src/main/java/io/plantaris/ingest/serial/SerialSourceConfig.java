package io.plantaris.ingest.serial;

import java.util.Set;

/**
 * How a {@link SerialFrameSource} opens its port (8N1, no flow control, PROTOCOL.md section 6) and
 * how it retries after the cable is pulled.
 *
 * @param path device path, opened as given: {@code /dev/ttyUSB0}, {@code /dev/pts/3} or a symlink
 *     (jSerialComm does not list pseudo-terminals, so they are only reachable by path)
 * @param baud one of {@link #SUPPORTED_BAUDS}
 * @param reconnectMinMillis first retry delay after the link is lost; doubles up to the maximum
 * @param reconnectMaxMillis longest delay between two reopen attempts
 * @param readTimeoutMillis longest a read waits for bytes; bounds how late close() and a vanished
 *     path are noticed
 */
public record SerialSourceConfig(
    String path,
    int baud,
    long reconnectMinMillis,
    long reconnectMaxMillis,
    int readTimeoutMillis) {

  /** The protocol's default: enough for 16 cells + IMU at 100 Hz (about 5 KB/s). */
  public static final int DEFAULT_BAUD = 115_200;

  /** Baud rates the protocol allows a host to configure. */
  public static final Set<Integer> SUPPORTED_BAUDS = Set.of(115_200, 230_400, 460_800, 921_600);

  /** A replugged cable is back within about half a second. */
  public static final long DEFAULT_RECONNECT_MIN_MILLIS = 500;

  /** A device left unplugged costs one open attempt every 2 s. */
  public static final long DEFAULT_RECONNECT_MAX_MILLIS = 2_000;

  /** Short enough that closing the source never waits long. */
  public static final int DEFAULT_READ_TIMEOUT_MILLIS = 200;

  public SerialSourceConfig {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("serial path must not be blank");
    }
    if (!SUPPORTED_BAUDS.contains(baud)) {
      throw new IllegalArgumentException(
          "baud must be 115200, 230400, 460800 or 921600, was " + baud);
    }
    if (reconnectMinMillis < 1 || reconnectMaxMillis < reconnectMinMillis) {
      throw new IllegalArgumentException(
          "need 1 <= reconnectMinMillis <= reconnectMaxMillis, was "
              + reconnectMinMillis
              + ", "
              + reconnectMaxMillis);
    }
    if (readTimeoutMillis < 1) {
      throw new IllegalArgumentException(
          "readTimeoutMillis must be >= 1, was " + readTimeoutMillis);
    }
  }

  /** {@code path} at the default baud, backoff and read timeout. */
  public static SerialSourceConfig of(String path) {
    return new SerialSourceConfig(
        path,
        DEFAULT_BAUD,
        DEFAULT_RECONNECT_MIN_MILLIS,
        DEFAULT_RECONNECT_MAX_MILLIS,
        DEFAULT_READ_TIMEOUT_MILLIS);
  }

  public SerialSourceConfig withBaud(int newBaud) {
    return new SerialSourceConfig(
        path, newBaud, reconnectMinMillis, reconnectMaxMillis, readTimeoutMillis);
  }

  /** The key of this port's byte stream; stays the same across reconnects. */
  public String streamKey() {
    return "serial:" + path;
  }
}
