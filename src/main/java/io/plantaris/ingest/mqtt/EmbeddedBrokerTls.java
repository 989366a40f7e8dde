package io.plantaris.ingest.mqtt;

import java.nio.file.Path;

/**
 * The embedded broker's TLS listener, beside its plain one: insoles on the network connect here,
 * the service keeps the plain listener on loopback.
 *
 * @param bindAddress where insoles reach it, e.g. {@code 0.0.0.0}
 * @param port usually 8883
 * @param keyStore PKCS#12 (or JKS) with the broker's private key and certificate chain
 * @param keyStorePassword the key store's password, also used for the key
 */
public record EmbeddedBrokerTls(
    String bindAddress, int port, Path keyStore, String keyStorePassword) {
  public EmbeddedBrokerTls {
    if (bindAddress == null || bindAddress.isBlank()) {
      throw new IllegalArgumentException("broker TLS bind address must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("broker TLS port must be 1..65535, was " + port);
    }
    if (keyStore == null || keyStorePassword == null) {
      throw new IllegalArgumentException("broker TLS needs a key store and its password");
    }
  }

  @Override
  public String toString() {
    return "tls " + bindAddress + ":" + port + " (" + keyStore + ")"; // never the password
  }
}
