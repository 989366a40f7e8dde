package io.plantaris.ingest.mqtt;

import java.util.Locale;

/** Which MQTT version the service speaks to the broker (config key {@code protocol}). */
public enum MqttProtocol {
  /** MQTT 5, falling back to 3.1.1 when the broker refuses version 5 on the first connect. */
  AUTO,
  V5,
  V3;

  /** Parses the config spelling {@code auto}, {@code 5} or {@code 3}. */
  public static MqttProtocol parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "5", "5.0", "v5" -> V5;
      case "3", "3.1.1", "v3" -> V3;
      default ->
          throw new IllegalArgumentException(
              "mqtt protocol must be auto, 5 or 3, was '" + text + "'");
    };
  }
}
