package io.plantaris.ingest.mqtt;

import java.nio.file.Path;

/**
 * TLS settings for a broker connection. Trust comes from a PEM CA certificate file or a PKCS12/JKS
 * trust store; with neither, the JVM's default trust store is used.
 *
 * @param caCertFile PEM file with one or more CA certificates, or null
 * @param trustStoreFile PKCS12 or JKS trust store, or null
 * @param trustStorePassword password of the trust store, or null
 */
public record MqttTls(
    boolean enabled, Path caCertFile, Path trustStoreFile, String trustStorePassword) {
  /** Plain TCP. */
  public static final MqttTls NONE = new MqttTls(false, null, null, null);

  public MqttTls {
    if (!enabled && (caCertFile != null || trustStoreFile != null)) {
      throw new IllegalArgumentException("mqtt tls trust settings given but tls is disabled");
    }
    if (caCertFile != null && trustStoreFile != null) {
      throw new IllegalArgumentException("give either a CA certificate file or a trust store");
    }
  }

  /** TLS trusting the CA certificate(s) in {@code caCertFile}. */
  public static MqttTls caCert(Path caCertFile) {
    return new MqttTls(true, caCertFile, null, null);
  }

  @Override
  public String toString() {
    return enabled ? "tls(ca=" + caCertFile + ", trustStore=" + trustStoreFile + ")" : "plain";
  }
}
