package io.plantaris.ingest.mqtt;

import java.util.Optional;

/** Topic names of PROTOCOL.md section 5: {@code {prefix}/{deviceId}/{leaf}}. */
public final class MqttTopics {
  /** The version-1 prefix. */
  public static final String DEFAULT_PREFIX = "plantaris/v1";

  public static final String DESCRIPTOR = "descriptor";
  public static final String DATA = "data";
  public static final String STATE = "state";
  public static final String ONLINE = "online";
  public static final String OFFLINE = "offline";

  private final String prefix;

  public MqttTopics(String prefix) {
    validatePrefix(prefix);
    this.prefix = prefix;
  }

  static void validatePrefix(String prefix) {
    if (prefix == null || prefix.isEmpty() || prefix.endsWith("/") || prefix.matches(".*[+#].*")) {
      throw new IllegalArgumentException("bad mqtt topic prefix '" + prefix + "'");
    }
  }

  /** Topic of one device's {@code leaf}. */
  public String topic(String deviceId, String leaf) {
    if (deviceId.isEmpty() || deviceId.matches(".*[/+#].*")) {
      throw new IllegalArgumentException("device id not usable in a topic: '" + deviceId + "'");
    }
    return prefix + "/" + deviceId + "/" + leaf;
  }

  /** Subscription filter for {@code leaf} of every device. */
  public String filter(String leaf) {
    return prefix + "/+/" + leaf;
  }

  /** A received topic split into device id and leaf. */
  public record Parsed(String deviceId, String leaf) {}

  /** Splits {@code topic}, or empty when it is not one of ours. */
  public Optional<Parsed> parse(String topic) {
    if (!topic.startsWith(prefix + "/")) {
      return Optional.empty();
    }
    String rest = topic.substring(prefix.length() + 1);
    int slash = rest.indexOf('/');
    if (slash <= 0 || rest.indexOf('/', slash + 1) >= 0) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(rest.substring(0, slash), rest.substring(slash + 1)));
  }
}
