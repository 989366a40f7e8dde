package io.plantaris.sim;

/** Durations of the three phases of a heel raise: up (concentric), hold, down (eccentric). */
public record Tempo(long upMillis, long holdMillis, long downMillis) {
  /** The tempo of the Rathleff protocol: 3 s up, 2 s hold, 3 s down. */
  public static final Tempo RATHLEFF = new Tempo(3000, 2000, 3000);

  public Tempo {
    if (upMillis <= 0 || holdMillis < 0 || downMillis <= 0) {
      throw new IllegalArgumentException(
          "tempo needs up > 0, hold >= 0, down > 0 ms, was "
              + upMillis
              + "-"
              + holdMillis
              + "-"
              + downMillis);
    }
  }

  /** Parses {@code "3-2-3"} (seconds, decimals allowed, e.g. {@code "1.5-0-1.5"}). */
  public static Tempo parse(String text) {
    String[] parts = text.trim().split("-");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "tempo must look like 3-2-3 (seconds), was '" + text + "'");
    }
    try {
      return new Tempo(millis(parts[0]), millis(parts[1]), millis(parts[2]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "tempo must look like 3-2-3 (seconds), was '" + text + "'");
    }
  }

  private static long millis(String seconds) {
    return Math.round(Double.parseDouble(seconds) * 1000.0);
  }

  public long repMillis() {
    return upMillis + holdMillis + downMillis;
  }
}
