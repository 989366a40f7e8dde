package io.plantaris.ingest;

import io.plantaris.analysis.RepEvent;
import java.util.List;

/**
 * A judged rep of one person, with the insoles it came from. The rep's times are wall-clock
 * microseconds (device time mapped at each insole's first sample).
 *
 * @param latencyMicros from the arrival of the bytes that completed the verdict to its emission
 */
public record RepVerdict(
    String personId, List<String> deviceIds, RepEvent rep, long latencyMicros) {
  public RepVerdict {
    deviceIds = List.copyOf(deviceIds);
  }
}
