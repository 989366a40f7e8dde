package io.plantaris.ingest;

/**
 * Where frame sources hand over what they receive. Implementations only enqueue and return at once:
 * they are called on I/O threads (jSerialComm listeners, MQTT callbacks).
 */
public interface ByteSink {

  /**
   * Bytes of one device's wire stream (COBS frames with 0x00 delimiters, in any chunking).
   *
   * @param streamKey identifies the byte stream, e.g. {@code mqtt:PL-0001} or {@code
   *     serial:/dev/ttyUSB0}; one key is one device's ordered stream
   * @param receivedMillis host wall time when the bytes arrived
   * @return false when the bytes were not accepted (queue full: counted as dropped by the sink)
   */
  boolean onBytes(String streamKey, byte[] data, int off, int len, long receivedMillis);

  /**
   * As {@link #onBytes(String, byte[], int, int, long)}, but a full queue is waited on for up to
   * {@code waitMillis} before the bytes are dropped: for a source that acknowledges a message only
   * once it is queued (MQTT), so the broker holds what the service has no room for yet.
   */
  default boolean onBytes(
      String streamKey, byte[] data, int off, int len, long receivedMillis, long waitMillis) {
    return onBytes(streamKey, data, off, len, receivedMillis);
  }

  /** The link of a stream changed state; {@code detail} says why in words for the log. */
  void onLinkState(String streamKey, LinkState state, String detail);
}
