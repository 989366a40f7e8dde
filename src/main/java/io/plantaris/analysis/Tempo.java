package io.plantaris.analysis;

import java.util.Locale;

/**
 * The prescribed time of each phase of a heel raise, up (concentric), hold at the top (isometric)
 * and down (eccentric), and how strictly it is judged. The one tempo of the code base: the analysis
 * judges against it, the programme versions it, the simulator moves to it, the page beats it.
 *
 * @param toleranceFraction a phase shorter than {@code target * (1 - toleranceFraction)} is too
 *     fast
 */
public record Tempo(long upMillis, long holdMillis, long downMillis, double toleranceFraction) {

  public static final double DEFAULT_TOLERANCE = 0.25;

  /** Rathleff 2015: 3 s up, 2 s hold, 3 s down. */
  public static final Tempo RATHLEFF = new Tempo(3000, 2000, 3000, DEFAULT_TOLERANCE);

  /** Longest phase accepted: anything slower is not a heel raise. */
  public static final long MAX_PHASE_MILLIS = 30_000;

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
    if (upMillis > MAX_PHASE_MILLIS
        || holdMillis > MAX_PHASE_MILLIS
        || downMillis > MAX_PHASE_MILLIS) {
      throw new IllegalArgumentException("a tempo phase above 30 s is not a heel raise");
    }
    if (!(toleranceFraction >= 0 && toleranceFraction < 1)) {
      throw new IllegalArgumentException(
          "toleranceFraction must be in [0, 1), was " + toleranceFraction);
    }
  }

  /** A tempo judged with the default tolerance. */
  public Tempo(long upMillis, long holdMillis, long downMillis) {
    this(upMillis, holdMillis, downMillis, DEFAULT_TOLERANCE);
  }

  /** Parses {@code "3-2-3"} (seconds up, hold, down; decimals allowed), default tolerance. */
  public static Tempo parse(String text) {
    return parse(text, DEFAULT_TOLERANCE);
  }

  /** Parses {@code "3-2-3"} (seconds up, hold, down; decimals allowed) with a tolerance. */
  public static Tempo parse(String text, double toleranceFraction) {
    String[] parts = text == null ? new String[0] : text.trim().split("-");
    if (parts.length != 3) {
      throw new IllegalArgumentException("tempo must look like 3-2-3 (seconds), was " + text);
    }
    try {
      return new Tempo(millis(parts[0]), millis(parts[1]), millis(parts[2]), toleranceFraction);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("tempo must look like 3-2-3 (seconds), was " + text, e);
    }
  }

  /** The same phases judged with another tolerance. */
  public Tempo withTolerance(double fraction) {
    return new Tempo(upMillis, holdMillis, downMillis, fraction);
  }

  /** Time under tension of one rep at this tempo. */
  public long repMillis() {
    return upMillis + holdMillis + downMillis;
  }

  /** "3-2-3 s". */
  public String label() {
    return text() + " s";
  }

  /** "3-2-3", the form {@link #parse} reads. */
  public String text() {
    return seconds(upMillis) + "-" + seconds(holdMillis) + "-" + seconds(downMillis);
  }

  private static long millis(String seconds) {
    double s = Double.parseDouble(seconds.trim());
    if (!Double.isFinite(s)) {
      throw new NumberFormatException("not a number of seconds: " + seconds);
    }
    return Math.round(s * 1000.0);
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0
        ? Long.toString(millis / 1000)
        : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }
}
