package io.plantaris.ingest.mqtt;

/**
 * Exponential reconnect delay: {@code initialMillis * 2^(attempt-1)}, capped at {@code maxMillis}.
 */
public record MqttBackoff(long initialMillis, long maxMillis) {
  /** Half a second first, so a broker restart is noticed quickly. */
  public static final long DEFAULT_INITIAL_MILLIS = 500;

  /** Ten seconds at most, so a device coming back is not kept waiting long. */
  public static final long DEFAULT_MAX_MILLIS = 10_000;

  public static final MqttBackoff DEFAULT =
      new MqttBackoff(DEFAULT_INITIAL_MILLIS, DEFAULT_MAX_MILLIS);

  public MqttBackoff {
    if (initialMillis <= 0 || maxMillis < initialMillis) {
      throw new IllegalArgumentException(
          "backoff needs 0 < initial <= max, was " + initialMillis + ", " + maxMillis);
    }
  }

  /** Delay before reconnect attempt {@code attempt} (1 for the first retry). */
  public long delayMillis(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    return Math.min(maxMillis, initialMillis << doublings);
  }
}
