package io.plantaris.ingest;

import io.plantaris.insole.SensorLayout;

/**
 * Something happened to one insole's link.
 *
 * @param layout the insole's layout once its descriptor arrived, else null
 */
public record DeviceEvent(
    String streamKey, String personId, Kind kind, String detail, SensorLayout layout) {

  /** What happened. */
  public enum Kind {
    /** The descriptor arrived: the insole is known and analysed. */
    ANNOUNCED,
    ONLINE,
    OFFLINE,
    RECONNECTING
  }
}
