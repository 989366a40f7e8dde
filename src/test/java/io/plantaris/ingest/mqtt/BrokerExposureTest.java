package io.plantaris.ingest.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The warnings an operator gets at start for an embedded broker reachable from the network. */
class BrokerExposureTest {
  private static final EmbeddedBrokerConfig LOOPBACK = EmbeddedBrokerConfig.of(1883, Path.of("b"));
  private static final EmbeddedBrokerTls TLS_ON_LAN =
      new EmbeddedBrokerTls("0.0.0.0", 8883, Path.of("broker.p12"), "pass");

  @Test
  void aBrokerOnLoopbackGetsNoWarning() {
    assertThat(BrokerExposure.warnings(LOOPBACK)).isEmpty();
  }

  @Test
  void anAnonymousBrokerOnTheNetworkIsWarnedAboutTwice() {
    EmbeddedBrokerConfig lan =
        new EmbeddedBrokerConfig(
            "0.0.0.0", 1883, Path.of("b"), 1000, EmbeddedBrokerConfig.Persistence.FILE);
    assertThat(BrokerExposure.warnings(lan))
        .hasSize(2)
        .anySatisfy(w -> assertThat(w).contains("anonymous", "broker.deviceCredentials"))
        .anySatisfy(w -> assertThat(w).contains("in clear", "broker.tls"));
  }

  @Test
  void anAnonymousTlsListenerOnTheNetworkIsStillAnonymous() {
    assertThat(BrokerExposure.warnings(LOOPBACK.withTls(TLS_ON_LAN)))
        .singleElement()
        .asString()
        .contains("anonymous clients off loopback (0.0.0.0)");
  }

  @Test
  void credentialsOverTlsWithPlainOnLoopbackIsQuiet() {
    EmbeddedBrokerConfig c = LOOPBACK.withTls(TLS_ON_LAN).withDeviceCredentials(Path.of("c.json"));
    assertThat(BrokerExposure.warnings(c)).isEmpty();
  }
}
