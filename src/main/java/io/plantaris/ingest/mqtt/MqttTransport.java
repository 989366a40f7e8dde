package io.plantaris.ingest.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientBuilder;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttClientTransportConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.TrustManagerFactory;

/** Applies an {@link MqttEndpoint} (host, port, TLS trust) to a hivemq-mqtt-client builder. */
final class MqttTransport {
  /** A dead broker or a black-holed TCP connect is noticed within this time. */
  static final long CONNECT_TIMEOUT_MILLIS = 5_000;

  private MqttTransport() {}

  static MqttClientBuilder builder(MqttEndpoint endpoint, String clientId) {
    var transport =
        MqttClientTransportConfig.builder()
            .serverHost(endpoint.host())
            .serverPort(endpoint.port())
            .socketConnectTimeout(CONNECT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
            .mqttConnectTimeout(CONNECT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    if (endpoint.tls().enabled()) {
      transport = transport.sslConfig(sslConfig(endpoint.tls()));
    }
    return MqttClient.builder().identifier(clientId).transportConfig(transport.build());
  }

  static MqttClientSslConfig sslConfig(MqttTls tls) {
    try {
      if (tls.caCertFile() == null && tls.trustStoreFile() == null) {
        return MqttClientSslConfig.builder().build();
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore(tls));
      return MqttClientSslConfig.builder().trustManagerFactory(tmf).build();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot load mqtt TLS trust from " + tls + ": " + e, e);
    }
  }

  private static KeyStore trustStore(MqttTls tls) throws IOException, GeneralSecurityException {
    if (tls.trustStoreFile() != null) {
      char[] pass =
          tls.trustStorePassword() == null ? null : tls.trustStorePassword().toCharArray();
      // KeyStore.getInstance(File, char[]) detects PKCS12 or JKS from the content
      return KeyStore.getInstance(tls.trustStoreFile().toFile(), pass);
    }
    KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
    ks.load(null, null);
    try (InputStream in = Files.newInputStream(tls.caCertFile())) {
      int i = 0;
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        ks.setCertificateEntry("ca-" + i++, c);
      }
      if (i == 0) {
        throw new IOException("no certificate in " + tls.caCertFile());
      }
    }
    return ks;
  }
}
