package io.plantaris.ingest;

/**
 * PROTOCOL.md "Wall time" for what one person's pipeline reports: a stamp is the analysis time plus
 * the person's epoch (the first sample's arrival) plus a shift. Between sets the shift is
 * re-anchored to the receive time when the mapping drifts more than 2 s behind it (a slow clock, a
 * device back from a long buffering) or runs ahead of it at all (a fast clock, a backlog arriving
 * in a burst), so no stamp lands in the future of its arrival. Within a set the shift stays put, so
 * a set's reps, its summary and the live samples its rep curves are cut from keep one time axis and
 * their durations. The analysis itself never sees the shift. Replays keep their recording's clock:
 * their bytes arrive as fast as they are read, not when they were measured.
 */
final class WallAnchor {
  /** PROTOCOL.md: re-anchor once the mapping is further than this from the receive time. */
  static final long MAX_DRIFT_MICROS = 2_000_000;

  private long shiftMicros;
  private long reAnchors;

  /**
   * A sample stamped {@code mappedMicros} (analysis time + epoch) arrived at {@code arrivedMillis};
   * {@code free} when the person is between sets.
   */
  void observe(long mappedMicros, long arrivedMillis, boolean free) {
    if (!free) {
      return;
    }
    long lag = arrivedMillis * 1000 - (mappedMicros + shiftMicros);
    if (lag < 0 || lag > MAX_DRIFT_MICROS) {
      shiftMicros += lag;
      if (Math.abs(lag) > MAX_DRIFT_MICROS) {
        reAnchors++;
      }
    }
  }

  /** The wall stamp (epoch micros) of {@code mappedMicros}. */
  long stamp(long mappedMicros) {
    return mappedMicros + shiftMicros;
  }

  /** How far the stamps have been moved from the first-arrival mapping, micros. */
  long shiftMicros() {
    return shiftMicros;
  }

  /** Times the mapping was re-anchored after drifting more than 2 s. */
  long reAnchors() {
    return reAnchors;
  }
}
