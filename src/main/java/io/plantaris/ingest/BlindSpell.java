package io.plantaris.ingest;

import io.plantaris.analysis.BlindStance;
import java.util.List;

/**
 * A time one insole of a person stood where it could not see a heel raise (see {@link
 * BlindStance}); the stance's times are wall-clock microseconds.
 *
 * @param deviceId the insole that could not see
 */
public record BlindSpell(
    String personId, List<String> deviceIds, String deviceId, BlindStance stance) {
  public BlindSpell {
    deviceIds = List.copyOf(deviceIds);
  }
}
