package io.plantaris.ingest.mqtt;

/**
 * Settings of {@link MqttFrameSource}.
 *
 * @param clientId fixed client id: the broker keeps the persistent session under it
 * @param protocol MQTT version, {@code auto} tries 5 then 3.1.1
 * @param sessionExpirySeconds how long the broker keeps the session (and queues QoS 1 messages)
 *     while the service is away; MQTT 3.1.1 sessions (cleanSession=false) never expire
 * @param topicPrefix topics are {@code {prefix}/{deviceId}/descriptor|data|state}
 * @param connectWaitMillis how long {@link MqttFrameSource#start} waits for the first connect
 */
public record MqttSourceConfig(
    MqttEndpoint endpoint,
    String clientId,
    MqttProtocol protocol,
    long sessionExpirySeconds,
    String topicPrefix,
    MqttBackoff backoff,
    long connectWaitMillis) {
  public static final String DEFAULT_HOST = "localhost";
  public static final String DEFAULT_CLIENT_ID = "plantaris-service";

  /** One hour: a service restart or update fits easily, a forgotten session goes away. */
  public static final long DEFAULT_SESSION_EXPIRY_SECONDS = 3600;

  public static final long DEFAULT_CONNECT_WAIT_MILLIS = 10_000;

  public MqttSourceConfig {
    if (endpoint == null || protocol == null || backoff == null) {
      throw new IllegalArgumentException("endpoint, protocol and backoff must not be null");
    }
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("mqtt client id must not be blank");
    }
    if (sessionExpirySeconds < 0 || sessionExpirySeconds > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("session expiry is u32 seconds: " + sessionExpirySeconds);
    }
    MqttTopics.validatePrefix(topicPrefix);
    if (connectWaitMillis < 0) {
      throw new IllegalArgumentException("connectWaitMillis must be >= 0");
    }
  }

  /** Defaults for everything but where the broker is. */
  public static MqttSourceConfig of(MqttEndpoint endpoint) {
    return new MqttSourceConfig(
        endpoint,
        DEFAULT_CLIENT_ID,
        MqttProtocol.AUTO,
        DEFAULT_SESSION_EXPIRY_SECONDS,
        MqttTopics.DEFAULT_PREFIX,
        MqttBackoff.DEFAULT,
        DEFAULT_CONNECT_WAIT_MILLIS);
  }

  /** Defaults with a plain connection to {@code localhost:1883}. */
  public static MqttSourceConfig defaults() {
    return of(MqttEndpoint.plain(DEFAULT_HOST, MqttEndpoint.DEFAULT_PORT));
  }

  public MqttSourceConfig withEndpoint(MqttEndpoint e) {
    return new MqttSourceConfig(
        e, clientId, protocol, sessionExpirySeconds, topicPrefix, backoff, connectWaitMillis);
  }

  public MqttSourceConfig withClientId(String id) {
    return new MqttSourceConfig(
        endpoint, id, protocol, sessionExpirySeconds, topicPrefix, backoff, connectWaitMillis);
  }

  public MqttSourceConfig withProtocol(MqttProtocol p) {
    return new MqttSourceConfig(
        endpoint, clientId, p, sessionExpirySeconds, topicPrefix, backoff, connectWaitMillis);
  }
}
