package io.plantaris.ingest.mqtt;

import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;

/** Why the embedded broker refused a CONNECT; each reason is counted on its own. */
public enum LoginRefusal {
  /** Anonymous, unknown device or wrong secret. */
  BAD_CREDENTIALS(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "unknown device or wrong secret"),
  /** A device's client id must be its device id, so it can only ever hold its own session. */
  CLIENT_ID_NOT_DEVICE_ID(
      ConnackReasonCode.CLIENT_IDENTIFIER_NOT_VALID, "a device's client id must be its device id"),
  /**
   * The service's client id (and with it its session of every insole's data) is not for devices.
   */
  RESERVED_CLIENT_ID(
      ConnackReasonCode.CLIENT_IDENTIFIER_NOT_VALID, "this client id is reserved for the service");

  final ConnackReasonCode code;
  final String words;

  LoginRefusal(ConnackReasonCode code, String words) {
    this.code = code;
    this.words = words;
  }

  /** Lower-case tag value for metrics, e.g. {@code reserved_client_id}. */
  public String tag() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
