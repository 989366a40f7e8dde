package io.plantaris.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One heel raise with its phase times and verdict. Times are device microseconds on the recording's
 * time axis; the rep is valid (it counts) when no flag applies. A flag the signal could not decide
 * is a doubt instead ({@link Doubt}): a valid rep with doubts is {@linkplain #uncertain()
 * uncertain}, and says why.
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
 * @param flags the reasons the rep does not count, each decided
 * @param doubts the flags that may apply but could not be decided, each with why; never one of
 *     {@code flags}
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
    Set<RepFlag> flags,
    Map<RepFlag, Doubt> doubts) {

  /** A rep whose every flag was decided. */
  public RepEvent(
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
    this(
        setIndex,
        repIndex,
        side,
        upStartMicros,
        holdStartMicros,
        downStartMicros,
        downEndMicros,
        peakPitchDegrees,
        peakHeightMm,
        peakForefootFraction,
        rangeFraction,
        flags,
        Map.of());
  }

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
    if (doubts == null) {
      doubts = Map.of(); // saved before doubts existed
    }
    for (RepFlag f : doubts.keySet()) {
      if (flags.contains(f)) {
        throw new IllegalArgumentException(f + " is both decided and in doubt");
      }
    }
    doubts =
        Collections.unmodifiableMap(
            doubts.isEmpty() ? new EnumMap<>(RepFlag.class) : new EnumMap<>(doubts));
  }

  /** The same rep on a time axis {@code micros} later (e.g. device time to wall time). */
  public RepEvent shifted(long micros) {
    return new RepEvent(
        setIndex,
        repIndex,
        side,
        upStartMicros + micros,
        holdStartMicros + micros,
        downStartMicros + micros,
        downEndMicros + micros,
        peakPitchDegrees,
        peakHeightMm,
        peakForefootFraction,
        rangeFraction,
        flags,
        doubts);
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

  /**
   * The rep counts, but the signal could not decide every flag: the verdict is "uncertain", for the
   * reasons in {@link #doubts()}. A rep with a decided flag does not count, whatever its doubts.
   */
  public boolean uncertain() {
    return flags.isEmpty() && !doubts.isEmpty();
  }

  /**
   * What could not be checked, in plain words, grouped by reason: "the hold at the top (too close
   * to the limit to tell)"; empty without doubts.
   */
  public String doubtWords() {
    Map<Doubt, StringBuilder> byReason = new EnumMap<>(Doubt.class);
    doubts.forEach(
        (f, d) -> {
          StringBuilder checks = byReason.computeIfAbsent(d, k -> new StringBuilder());
          checks.append(checks.length() > 0 ? ", " : "").append(f.checkWords());
        });
    StringBuilder b = new StringBuilder();
    byReason.forEach(
        (d, checks) ->
            b.append(b.length() > 0 ? "; " : "")
                .append(checks)
                .append(" (")
                .append(d.plainWords())
                .append(')'));
    return b.toString();
  }
}
