package io.plantaris.ingest.mqtt;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** What an operator must hear about an embedded broker reachable from other machines. */
final class BrokerExposure {
  private BrokerExposure() {}

  /** Warnings for {@code config}, in words; empty for a broker on loopback only. */
  static List<String> warnings(EmbeddedBrokerConfig config) {
    List<String> out = new ArrayList<>();
    boolean plainOff = !loopback(config.bindAddress());
    boolean tlsOff = config.tls() != null && !loopback(config.tls().bindAddress());
    if ((plainOff || tlsOff) && config.deviceCredentials() == null) {
      out.add(
          "the embedded MQTT broker accepts anonymous clients off loopback ("
              + (plainOff ? config.bindAddress() : config.tls().bindAddress())
              + "): anyone on the network can read every insole's data and publish as any insole;"
              + " set broker.deviceCredentials");
    }
    if (plainOff) {
      out.add(
          "the embedded MQTT broker's plain TCP listener is bound to "
              + config.bindAddress()
              + ": insoles' secrets and data cross the network in clear; bind it to 127.0.0.1 and"
              + " let insoles use broker.tls");
    }
    return out;
  }

  static boolean loopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
