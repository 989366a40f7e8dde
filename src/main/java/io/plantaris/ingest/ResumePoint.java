package io.plantaris.ingest;

import io.plantaris.analysis.RepEvent;
import java.util.List;
import java.util.Map;

/**
 * What a person's live analysis needs to carry on after the service crashed: its time axis, its set
 * numbering and the set it had open. Saved after every rep and set, so a crash loses at most the
 * rep under way.
 *
 * @param savedMillis wall time of the save
 * @param epochMicros wall time (micros) that is time 0 of the person's analysis
 * @param offsetMicros per device id: its device time plus this is analysis time
 * @param lastFedMicros analysis time of the last sample analysed before the save
 * @param setsDone sets of the session closed so far (the next one is numbered one more)
 * @param openSet the open set's reps in analysis time, already reported; empty between sets
 * @param wallShiftMicros the person's {@link WallAnchor} shift at the save: stamps after the
 *     restart go on on the same wall axis (0 in files written before it was kept)
 */
public record ResumePoint(
    String personId,
    long savedMillis,
    long epochMicros,
    Map<String, Long> offsetMicros,
    long lastFedMicros,
    int setsDone,
    List<RepEvent> openSet,
    long wallShiftMicros) {

  public ResumePoint {
    offsetMicros = Map.copyOf(offsetMicros);
    openSet = List.copyOf(openSet);
  }
}
