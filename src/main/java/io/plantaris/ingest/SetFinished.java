package io.plantaris.ingest;

import io.plantaris.analysis.SetSummary;
import java.util.List;

/** A finished set of one person; times in the summary are wall-clock microseconds. */
public record SetFinished(String personId, List<String> deviceIds, SetSummary summary) {
  public SetFinished {
    deviceIds = List.copyOf(deviceIds);
  }
}
