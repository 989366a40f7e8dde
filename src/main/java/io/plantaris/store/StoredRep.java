package io.plantaris.store;

import io.plantaris.analysis.RepEvent;

/**
 * A rep as stored: the analysis's rep (wall-clock microseconds) with whose it is and which session
 * it belongs to.
 *
 * @param device the insole(s) it came from, sorted ids joined by {@code +}
 * @param sessionStartMicros upStart of the session's first rep
 */
public record StoredRep(String patientId, String device, long sessionStartMicros, RepEvent rep) {
  public StoredRep {
    Names.requireId(patientId, "patientId");
    Names.requireId(device, "device");
  }
}
