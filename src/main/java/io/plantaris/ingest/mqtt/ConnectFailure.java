package io.plantaris.ingest.mqtt;

import com.hivemq.client.mqtt.exceptions.ConnectionClosedException;
import com.hivemq.client.mqtt.exceptions.MqttDecodeException;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;

/** Why a broker connection ended, as far as reconnecting is concerned. */
enum ConnectFailure {
  /** The broker refused our credentials: retrying with the same ones cannot help. */
  AUTH,
  /**
   * The broker refused MQTT 5 (reason code, a CONNACK we cannot decode, or closing the connection
   * right after CONNECT, which is what 3.1.1-only brokers do).
   */
  PROTOCOL,
  /** Network trouble, broker restart, timeouts: retry with backoff. */
  TRANSIENT;

  static ConnectFailure classify(Throwable cause) {
    if (cause instanceof Mqtt5ConnAckException e) {
      Mqtt5ConnAckReasonCode code = e.getMqttMessage().getReasonCode();
      return switch (code) {
        case BAD_USER_NAME_OR_PASSWORD, NOT_AUTHORIZED, BANNED, BAD_AUTHENTICATION_METHOD -> AUTH;
        case UNSUPPORTED_PROTOCOL_VERSION -> PROTOCOL;
        default -> TRANSIENT;
      };
    }
    if (cause instanceof Mqtt3ConnAckException e) {
      Mqtt3ConnAckReturnCode code = e.getMqttMessage().getReturnCode();
      return switch (code) {
        case BAD_USER_NAME_OR_PASSWORD, NOT_AUTHORIZED -> AUTH;
        case UNSUPPORTED_PROTOCOL_VERSION -> PROTOCOL;
        default -> TRANSIENT;
      };
    }
    if (cause instanceof MqttDecodeException || cause instanceof ConnectionClosedException) {
      return PROTOCOL;
    }
    return TRANSIENT;
  }

  /** The broker's reason in words, e.g. {@code BAD_USER_NAME_OR_PASSWORD}. */
  static String reason(Throwable cause) {
    if (cause instanceof Mqtt5ConnAckException e) {
      return e.getMqttMessage().getReasonCode().name();
    }
    if (cause instanceof Mqtt3ConnAckException e) {
      return e.getMqttMessage().getReturnCode().name();
    }
    return cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
