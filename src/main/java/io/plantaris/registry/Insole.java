package io.plantaris.registry;

import io.plantaris.insole.Side;
import io.plantaris.programme.Check;

/** A sensor insole (device id as it appears on the wire and in MQTT topics) worn by a patient. */
public record Insole(String deviceId, String patientId, Side side) {

  public Insole {
    Check.id("device id", deviceId);
    Check.id("patient id", patientId);
    Check.notNull("side", side);
  }

  /**
   * Refuses registering this insole where {@code other} is registered: the same device, or the same
   * foot of the same patient. One rule for every registry.
   */
  public void mustNotClashWith(Insole other) {
    if (other.deviceId().equals(deviceId)) {
      throw new IllegalArgumentException(
          "device '" + deviceId + "' is already registered to patient " + other.patientId());
    }
    if (other.patientId().equals(patientId) && other.side() == side) {
      throw new IllegalArgumentException(
          "patient "
              + patientId
              + " already has a "
              + side.name().toLowerCase()
              + " insole ("
              + other.deviceId()
              + ")");
    }
  }
}
