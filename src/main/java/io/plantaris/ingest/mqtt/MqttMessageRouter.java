package io.plantaris.ingest.mqtt;

import io.plantaris.ingest.ByteSink;
import io.plantaris.ingest.LinkState;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps received MQTT messages to {@link ByteSink} calls and remembers each device's link state. */
final class MqttMessageRouter {
  private static final Logger log = LoggerFactory.getLogger(MqttMessageRouter.class);

  private final MqttTopics topics;
  private final ByteSink sink;
  private final Clock clock;
  private final Map<String, LinkState> devices = new ConcurrentHashMap<>();

  MqttMessageRouter(MqttTopics topics, ByteSink sink, Clock clock) {
    this.topics = topics;
    this.sink = sink;
    this.clock = clock;
  }

  static String streamKey(String deviceId) {
    return "mqtt:" + deviceId;
  }

  void route(String topic, byte[] payload) {
    var parsed = topics.parse(topic);
    if (parsed.isEmpty()) {
      log.warn("ignoring message on unexpected topic {}", topic);
      return;
    }
    String device = parsed.get().deviceId();
    switch (parsed.get().leaf()) {
      case MqttTopics.DESCRIPTOR, MqttTopics.DATA -> {
        devices.putIfAbsent(device, LinkState.ONLINE);
        if (payload.length > 0) {
          sink.onBytes(streamKey(device), payload, 0, payload.length, clock.millis());
        }
      }
      case MqttTopics.STATE -> state(device, new String(payload, StandardCharsets.UTF_8).trim());
      default -> log.warn("ignoring message on unexpected topic {}", topic);
    }
  }

  private void state(String device, String text) {
    LinkState state =
        switch (text) {
          case MqttTopics.ONLINE -> LinkState.ONLINE;
          case MqttTopics.OFFLINE -> LinkState.OFFLINE;
          default -> null;
        };
    if (state == null) {
      log.warn("device {}: unknown state payload '{}'", device, text);
      return;
    }
    devices.put(device, state);
    sink.onLinkState(streamKey(device), state, "device announced " + text);
  }

  /** The broker went away: every known device is unreachable until we are back. */
  void brokerLost(String detail) {
    for (Map.Entry<String, LinkState> e : devices.entrySet()) {
      e.setValue(LinkState.RECONNECTING);
      sink.onLinkState(streamKey(e.getKey()), LinkState.RECONNECTING, detail);
    }
    if (devices.isEmpty()) {
      log.warn(detail);
    }
  }
}
