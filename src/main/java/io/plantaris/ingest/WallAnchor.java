package io.plantaris.ingest;

/**
 * PROTOCOL.md "Wall time" for what one person's pipeline reports: a stamp is the analysis time plus
 * the person's epoch (the first sample's arrival) plus a shift. Between sets the shift is
 * re-anchored to the receive time when the mapping has fallen more than 2 s behind it: an insole
 * switched off and rebooted (its clock continues from before), a device back from buffering. A
 * mapping running ahead of the receive time is left alone: real clocks drift by parts per million,
 * so that is a stream sent faster than real time (a test, a bench), whose own pace is kept. Within
 * a set the shift stays put, so a set's reps, its summary and the live samples its rep curves are
 * cut from keep one time axis and their durations. The analysis itself never sees the shift.
 * Replays keep their recording's clock.
 */
final class WallAnchor {
  /** PROTOCOL.md: re-anchor once the mapping is further than this from the receive time. */
  static final long MAX_DRIFT_MICROS = 2_000_000;

  private long shiftMicros;
  private long reAnchors;

  /** Carries on from the shift saved before a crash (ResumePoint), so stamps keep one wall axis. */
  void restore(long savedShiftMicros) {
    shiftMicros = savedShiftMicros;
  }

  /**
   * A sample stamped {@code mappedMicros} (analysis time + epoch) arrived at {@code arrivedMillis};
   * {@code free} when the person is between sets.
   */
  void observe(long mappedMicros, long arrivedMillis, boolean free) {
    if (!free) {
      return;
    }
    long lag = arrivedMillis * 1000 - (mappedMicros + shiftMicros);
    if (lag > MAX_DRIFT_MICROS) {
      shiftMicros += lag;
      reAnchors++;
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
