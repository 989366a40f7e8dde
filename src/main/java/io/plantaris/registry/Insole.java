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
}
