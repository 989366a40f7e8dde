package io.plantaris.ingest.mqtt;

/**
 * Where a broker is and how to log in.
 *
 * @param host broker host name or address
 * @param port broker port, 1883 plain or 8883 TLS by convention
 * @param username null for anonymous
 * @param password null when no password is sent
 */
public record MqttEndpoint(String host, int port, MqttTls tls, String username, String password) {
  /** The usual plain MQTT port. */
  public static final int DEFAULT_PORT = 1883;

  public MqttEndpoint {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("mqtt host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("mqtt port must be 1..65535, was " + port);
    }
    if (tls == null) {
      throw new IllegalArgumentException("mqtt tls must not be null (use MqttTls.NONE)");
    }
    if (password != null && username == null) {
      throw new IllegalArgumentException("mqtt password given without a username");
    }
  }

  /** Anonymous plain TCP. */
  public static MqttEndpoint plain(String host, int port) {
    return new MqttEndpoint(host, port, MqttTls.NONE, null, null);
  }

  /** Same endpoint with credentials. */
  public MqttEndpoint withCredentials(String user, String pass) {
    return new MqttEndpoint(host, port, tls, user, pass);
  }

  /** Same endpoint with TLS settings. */
  public MqttEndpoint withTls(MqttTls newTls) {
    return new MqttEndpoint(host, port, newTls, username, password);
  }

  /** {@code mqtt tcp://host:port} or {@code mqtt ssl://host:port}, for logs. */
  public String uri() {
    return (tls.enabled() ? "ssl://" : "tcp://") + host + ":" + port;
  }

  @Override
  public String toString() {
    // never log the password
    return uri() + (username == null ? "" : " as " + username) + " " + tls;
  }
}
