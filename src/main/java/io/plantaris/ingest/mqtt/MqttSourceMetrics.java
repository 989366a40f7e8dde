package io.plantaris.ingest.mqtt;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Publishes an {@link MqttFrameSource}'s refusals, session losses and readiness as meters. */
public final class MqttSourceMetrics {
  private MqttSourceMetrics() {}

  public static void bind(MqttFrameSource source, MeterRegistry registry) {
    FunctionCounter.builder(
            "plantaris.mqtt.logins.refused", source, s -> s.health().loginsRefused())
        .description("the service's own CONNECTs the broker refused")
        .register(registry);
    FunctionCounter.builder("plantaris.mqtt.sessions.lost", source, s -> s.health().sessionsLost())
        .description("connects on which the broker no longer had the service's session")
        .register(registry);
    FunctionCounter.builder(
            "plantaris.mqtt.descriptors.foreign", source, s -> s.health().foreignDescriptors())
        .description("messages dropped: a DESCRIPTOR named another device than its topic")
        .register(registry);
    Gauge.builder("plantaris.mqtt.subscribed", source, s -> s.connected() ? 1 : 0)
        .description("1 while the broker confirmed the subscriptions and messages flow")
        .register(registry);
  }
}
