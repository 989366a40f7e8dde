package io.plantaris.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One heel raise with its phase times and verdict. Times are device microseconds on the recording's
 * time axis; the rep is valid when no flag applies.
 *
 * @param setIndex 1-based set number within the analysis
 * @param repIndex 1-based rep number within its set
 * @param upStartMicros the rise left the bottom
 * @param holdStartMicros the rise reached the top
 * @param downStartMicros the descent left the top
 * @param downEndMicros back at the bottom
 * @param peakPitchDegrees foot pitch at the top relative to the bottom; NaN without an IMU
 * @param peakHeightMm heel height at the top relative to the bottom; NaN without an IMU
 * @param peakForefootFraction largest share of load on forefoot and toes; NaN without cells
 * @param rangeFraction the rise relative to the person's reference full range
 */
public record RepEvent(
    int setIndex,
    int repIndex,
    RepSide side,
    long upStartMicros,
    long holdStartMicros,
    long downStartMicros,
    long downEndMicros,
    double peakPitchDegrees,
    double peakHeightMm,
    double peakForefootFraction,
    double rangeFraction,
    Set<RepFlag> flags) {

  public RepEvent {
    if (side == null) {
      throw new IllegalArgumentException("side must not be null");
    }
    if (!(upStartMicros <= holdStartMicros
        && holdStartMicros <= downStartMicros
        && downStartMicros <= downEndMicros)) {
      throw new IllegalArgumentException(
          "phase times out of order: "
              + upStartMicros
              + ", "
              + holdStartMicros
              + ", "
              + downStartMicros
              + ", "
              + downEndMicros);
    }
    flags =
        Collections.unmodifiableSet(
            flags.isEmpty() ? EnumSet.noneOf(RepFlag.class) : EnumSet.copyOf(flags));
  }

  public long upMillis() {
    return (holdStartMicros - upStartMicros) / 1000;
  }

  public long holdMillis() {
    return (downStartMicros - holdStartMicros) / 1000;
  }

  public long downMillis() {
    return (downEndMicros - downStartMicros) / 1000;
  }

  /** Time under tension: rise start to back at the bottom. */
  public long tensionMillis() {
    return (downEndMicros - upStartMicros) / 1000;
  }

  /** The rep counts when nothing is wrong with it. */
  public boolean valid() {
    return flags.isEmpty();
  }
}
