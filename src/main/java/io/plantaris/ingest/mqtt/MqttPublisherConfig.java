package io.plantaris.ingest.mqtt;

/**
 * Settings of {@link MqttDevicePublisher}.
 *
 * @param clientIdPrefix the client id is this prefix plus the device id, fixed so the broker keeps
 *     the device's persistent session across reconnects; empty by default, since a broker with
 *     per-insole logins admits a device only under its own id as client id
 * @param sessionExpirySeconds how long the broker keeps the device session while it is away
 * @param bufferMessages data messages kept while the broker is unreachable; beyond that new data is
 *     refused (the returned future fails), as a device with bounded RAM would drop it
 */
public record MqttPublisherConfig(
    MqttEndpoint endpoint,
    String clientIdPrefix,
    long sessionExpirySeconds,
    String topicPrefix,
    MqttBackoff backoff,
    int bufferMessages) {
  public static final String DEFAULT_CLIENT_ID_PREFIX = "";

  /** Five minutes: enough for a broker restart; a device gone longer starts afresh. */
  public static final long DEFAULT_SESSION_EXPIRY_SECONDS = 300;

  /** PROTOCOL.md section 5: at most 32 frames per data message. */
  public static final int MAX_FRAMES_PER_MESSAGE = 32;

  /** PROTOCOL.md section 5: at most 8 KiB per data message. */
  public static final int MAX_MESSAGE_BYTES = 8 * 1024;

  /** 1200 messages: a minute of 5-sample frames at 100 Hz, one frame per message. */
  public static final int DEFAULT_BUFFER_MESSAGES = 1200;

  public MqttPublisherConfig {
    if (endpoint == null || backoff == null || clientIdPrefix == null) {
      throw new IllegalArgumentException("endpoint, clientIdPrefix and backoff must not be null");
    }
    if (sessionExpirySeconds < 0 || sessionExpirySeconds > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("session expiry is u32 seconds: " + sessionExpirySeconds);
    }
    MqttTopics.validatePrefix(topicPrefix);
    if (bufferMessages < 1) {
      throw new IllegalArgumentException("bufferMessages must be >= 1, was " + bufferMessages);
    }
  }

  /** Defaults for everything but where the broker is. */
  public static MqttPublisherConfig of(MqttEndpoint endpoint) {
    return new MqttPublisherConfig(
        endpoint,
        DEFAULT_CLIENT_ID_PREFIX,
        DEFAULT_SESSION_EXPIRY_SECONDS,
        MqttTopics.DEFAULT_PREFIX,
        MqttBackoff.DEFAULT,
        DEFAULT_BUFFER_MESSAGES);
  }

  public MqttPublisherConfig withEndpoint(MqttEndpoint e) {
    return new MqttPublisherConfig(
        e, clientIdPrefix, sessionExpirySeconds, topicPrefix, backoff, bufferMessages);
  }
}
