package io.plantaris.service;

import io.plantaris.http.HttpTls;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** What an operator must hear about pages and API served in clear to other machines. */
final class HttpExposure {
  private HttpExposure() {}

  /** A warning in words when {@code host} is off loopback and {@code tls} is not set. */
  static Optional<String> warning(String host, HttpTls tls) {
    if (tls != null || loopback(host)) {
      return Optional.empty();
    }
    return Optional.of(
        "HTTP is bound to "
            + host
            + " without TLS: passwords, session cookies and patients' data cross the network in"
            + " clear; set http.tls (a PKCS#12 key store) or put a TLS proxy in front and bind"
            + " http.host to 127.0.0.1");
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
