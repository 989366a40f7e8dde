package io.plantaris.ingest.mqtt;

import io.plantaris.ingest.ByteSink;
import io.plantaris.ingest.LinkState;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps received MQTT messages to {@link ByteSink} calls and remembers each device's link state. */
final class MqttMessageRouter {
  private static final Logger log = LoggerFactory.getLogger(MqttMessageRouter.class);

  /**
   * How long a message waits for room in its insole's full queue before it is dropped: its PUBACK
   * waits with it, so the broker holds further messages (receive maximum) instead of the service
   * dropping them; bounded, as every message of the connection waits behind it.
   */
  static final long QUEUE_WAIT_MILLIS = 5_000;

  private final MqttTopics topics;
  private final ByteSink sink;
  private final Clock clock;
  private final Map<String, LinkState> devices = new ConcurrentHashMap<>();
  private final AtomicLong foreignDescriptors = new AtomicLong();

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
        Optional<String> claimed = DescriptorClaims.foreignId(payload, device);
        if (claimed.isPresent()) {
          foreignDescriptors.incrementAndGet();
          log.warn(
              "dropped a message on {}: its DESCRIPTOR claims device '{}', the topic is '{}'",
              topic,
              claimed.get(),
              device);
          return;
        }
        devices.putIfAbsent(device, LinkState.ONLINE);
        if (payload.length > 0) {
          byte[] b = delimited(payload);
          sink.onBytes(streamKey(device), b, 0, b.length, clock.millis(), QUEUE_WAIT_MILLIS);
        }
      }
      case MqttTopics.STATE -> state(device, new String(payload, StandardCharsets.UTF_8).trim());
      default -> log.warn("ignoring message on unexpected topic {}", topic);
    }
  }

  /** Messages dropped because a DESCRIPTOR in them named another device than their topic. */
  long foreignDescriptors() {
    return foreignDescriptors.get();
  }

  /**
   * A message holds whole frames (PROTOCOL.md section 5); a delimiter at its end keeps a frame from
   * continuing into the next message, where no check of this message would see it.
   */
  private static byte[] delimited(byte[] payload) {
    if (payload[payload.length - 1] == 0) {
      return payload;
    }
    return Arrays.copyOf(payload, payload.length + 1);
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
