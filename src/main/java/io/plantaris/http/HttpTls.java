package io.plantaris.http;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * HTTPS for the service's pages and API: a PKCS#12 (or JKS) key store holding the server's key and
 * certificate chain. With it the service listens for HTTPS only on its HTTP port.
 */
public record HttpTls(Path keyStore, String keyStorePassword) {

  /** Where the password comes from when the configuration file leaves it out. */
  public static final String PASSWORD_ENV = "PLANTARIS_TLS_PASSWORD";

  public HttpTls {
    if (keyStore == null || !Files.isReadable(keyStore)) {
      throw new IllegalArgumentException("http.tls.keyStore is not a readable file: " + keyStore);
    }
    if (keyStorePassword == null) {
      throw new IllegalArgumentException(
          "http.tls needs keyStorePassword (or the " + PASSWORD_ENV + " environment variable)");
    }
  }

  @Override
  public String toString() {
    return "HttpTls[" + keyStore + "]"; // never the password
  }
}
