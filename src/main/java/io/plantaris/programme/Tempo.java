package io.plantaris.programme;

import java.util.Locale;

/**
 * Prescribed time of each phase of a rep and how strictly it is judged.
 *
 * @param toleranceFraction a phase shorter than {@code target * (1 - toleranceFraction)} is too
 *     fast (the analysis core's tempoTolerance)
 */
public record Tempo(long upMillis, long holdMillis, long downMillis, double toleranceFraction) {

  /** Rathleff 2015: 3 s up, 2 s hold, 3 s down. */
  public static final Tempo RATHLEFF = new Tempo(3000, 2000, 3000, 0.25);

  public Tempo {
    if (upMillis <= 0 || holdMillis < 0 || downMillis <= 0) {
      throw new IllegalArgumentException(
          "tempo phases must be positive (hold may be 0), were "
              + upMillis
              + "/"
              + holdMillis
              + "/"
              + downMillis
              + " ms");
    }
    if (upMillis > 30_000 || holdMillis > 30_000 || downMillis > 30_000) {
      throw new IllegalArgumentException("a tempo phase above 30 s is not a heel raise");
    }
    if (!(toleranceFraction >= 0 && toleranceFraction < 1)) {
      throw new IllegalArgumentException(
          "toleranceFraction must be in [0, 1), was " + toleranceFraction);
    }
  }

  /** Parses {@code "3-2-3"} (seconds up, hold, down), keeping the given tolerance. */
  public static Tempo parse(String text, double toleranceFraction) {
    String[] parts = text.trim().split("-");
    if (parts.length != 3) {
      throw new IllegalArgumentException("tempo must look like 3-2-3 (seconds), was " + text);
    }
    try {
      return new Tempo(
          Math.round(Double.parseDouble(parts[0]) * 1000),
          Math.round(Double.parseDouble(parts[1]) * 1000),
          Math.round(Double.parseDouble(parts[2]) * 1000),
          toleranceFraction);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("tempo must look like 3-2-3 (seconds), was " + text, e);
    }
  }

  /** "3-2-3 s". */
  public String label() {
    return seconds(upMillis) + "-" + seconds(holdMillis) + "-" + seconds(downMillis) + " s";
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0
        ? Long.toString(millis / 1000)
        : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }
}
