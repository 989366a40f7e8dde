package io.plantaris.service;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.plantaris.access.DeviceCredentials;
import io.plantaris.ingest.mqtt.DeviceAuthExtension;
import io.plantaris.ingest.mqtt.EmbeddedBroker;
import io.plantaris.ingest.mqtt.LoginRefusal;
import io.plantaris.ingest.mqtt.MqttSourceConfig;
import io.plantaris.ingest.mqtt.MqttTopics;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded broker as configured: open on loopback for a demo, or admitting only insoles with
 * their own secret (and the service, with a secret made for this run). With credentials on, the
 * service's subscription logs in with that secret unless the configuration names another user.
 *
 * @param auth null when any client may connect
 * @param mqtt the service's subscription, with the run's credentials filled in where needed
 */
record BrokerAssembly(EmbeddedBroker broker, DeviceAuthExtension auth, MqttSourceConfig mqtt) {

  static BrokerAssembly of(ServiceConfig config, MeterRegistry metrics) {
    BrokerAssembly b = assemble(config, metrics);
    FunctionCounter.builder(
            "plantaris.broker.packets.too_large", b.broker(), EmbeddedBroker::packetsTooLarge)
        .description("clients the embedded broker threw out for a packet above its maximum size")
        .register(metrics);
    return b;
  }

  private static BrokerAssembly assemble(ServiceConfig config, MeterRegistry metrics) {
    if (config.broker().deviceCredentials() == null) {
      return new BrokerAssembly(new EmbeddedBroker(config.broker()), null, config.mqtt());
    }
    byte[] raw = new byte[24];
    new SecureRandom().nextBytes(raw);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    DeviceCredentials devices = new DeviceCredentials(config.broker().deviceCredentials());
    DeviceAuthExtension auth =
        new DeviceAuthExtension(
            devices::verify,
            secret,
            config.mqtt() == null ? MqttSourceConfig.DEFAULT_CLIENT_ID : config.mqtt().clientId(),
            config.mqtt() == null ? MqttTopics.DEFAULT_PREFIX : config.mqtt().topicPrefix());
    for (LoginRefusal reason : LoginRefusal.values()) {
      FunctionCounter.builder(
              "plantaris.broker.logins.refused", auth, a -> a.refusedConnects(reason))
          .description("MQTT CONNECTs the embedded broker refused, by reason")
          .tag("reason", reason.tag())
          .register(metrics);
    }
    FunctionCounter.builder(
            "plantaris.broker.devices.revoked", auth, DeviceAuthExtension::revokedDisconnects)
        .description("connected insoles the embedded broker cut off when their secret was revoked")
        .register(metrics);
    MqttSourceConfig mqtt = config.mqtt();
    if (mqtt != null && mqtt.endpoint().username() == null) {
      mqtt =
          mqtt.withEndpoint(
              mqtt.endpoint().withCredentials(DeviceAuthExtension.SERVICE_USER, secret));
    }
    EmbeddedBroker broker = new EmbeddedBroker(config.broker(), auth.embedded());
    auth.gate(broker.gate());
    return new BrokerAssembly(broker, auth, mqtt);
  }
}
