package io.plantaris.analysis;

import io.plantaris.insole.SensorLayout;
import java.util.Arrays;
import java.util.List;

/**
 * The one rule for holes in an insole's samples (frames lost on the link, corrupted, or never
 * sent), applied inside the analysis so that a live stream and the offline analysis of the same
 * bytes see the same holes: both derive them from the samples' own device times, nothing else.
 *
 * <p>A hole restarts that foot's signal processing (its filters would otherwise join the two sides
 * into one movement), and the foot's reps starting less than {@link Config#settleMillis} after the
 * first sample past the hole are dropped: they were not seen leaving the bottom.
 */
public final class DataGapPolicy {
  /**
   * @param maxStepIntervals consecutive samples further apart than this many sample intervals have
   *     a hole between them; a lost frame takes at least 5 samples with it at the recommended
   *     batching, while a healthy device's timestamps stay within a fraction of an interval
   * @param settleMillis after a hole, how long the restarted filters need before a rep's start can
   *     be timed: their settling time plus a moment at the bottom
   */
  public record Config(double maxStepIntervals, long settleMillis) {
    public static final Config DEFAULTS = new Config(3, 500);

    public Config {
      if (!(maxStepIntervals >= 1) || settleMillis < 0) {
        throw new IllegalArgumentException(
            "maxStepIntervals must be >= 1 and settleMillis >= 0, were "
                + maxStepIntervals
                + ", "
                + settleMillis);
      }
    }

    public long settleMicros() {
      return settleMillis * 1000;
    }
  }

  private final Config config;
  private final long[] maxStepMicros;
  private final long[] lastMicros;
  private final long[] judgeFromMicros;

  /** A policy for one person's tracks, one layout per track in track order. */
  public DataGapPolicy(List<SensorLayout> layouts, Config config) {
    this.config = config;
    int n = layouts.size();
    maxStepMicros = new long[n];
    lastMicros = new long[n];
    judgeFromMicros = new long[n];
    Arrays.fill(lastMicros, Long.MIN_VALUE);
    Arrays.fill(judgeFromMicros, Long.MIN_VALUE);
    for (int i = 0; i < n; i++) {
      maxStepMicros[i] =
          Math.round(config.maxStepIntervals() * 1e6 / layouts.get(i).sampleRateHz());
    }
  }

  private boolean midStream;

  /**
   * The tracks' first samples come in the middle of a stream (the service resumes after a crash):
   * the start counts as a hole, so a rep already under way is dropped, never judged by its end.
   */
  public void startMidStream() {
    midStream = true;
  }

  /** Notes the next sample of {@code track}; true when samples are missing just before it. */
  public boolean holeBefore(int track, long timeMicros) {
    long last = lastMicros[track];
    lastMicros[track] = timeMicros;
    if (last == Long.MIN_VALUE) {
      return midStream;
    }
    return timeMicros - last > maxStepMicros[track];
  }

  /**
   * The track's analysis restarted at {@code resumeMicros} after a hole (its finished reps already
   * released): its reps starting before the settle time are no longer judged.
   */
  public void restarted(int track, long resumeMicros) {
    judgeFromMicros[track] = resumeMicros + config.settleMicros();
  }

  /** Whether a rep of {@code track} rising at {@code upStartMicros} was seen whole. */
  public boolean seenWhole(int track, long upStartMicros) {
    return upStartMicros >= judgeFromMicros[track];
  }
}
