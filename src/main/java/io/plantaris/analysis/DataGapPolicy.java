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
 *
 * <p>A short hole, up to {@link Config#bridgeMillis}, is bridged instead: a foot moves on smoothly
 * through a few tenths of a second (a radio dropout of a packet or two), its filters take the next
 * sample as one longer step, and the rep under way is kept. Its phase times cannot be trusted to
 * the tenth, so its tempo verdicts are uncertain ({@link Doubt#DATA_GAP}). Dropping such reps lost
 * 9 of the 75 missed reps on wide seeds 20040-20199, and 5 of 5 in the robustness sweep's baseline.
 */
public final class DataGapPolicy {
  /**
   * @param maxStepIntervals consecutive samples further apart than this many sample intervals have
   *     a hole between them; a lost frame takes at least 5 samples with it at the recommended
   *     batching, while a healthy device's timestamps stay within a fraction of an interval
   * @param settleMillis after a hole, how long the restarted filters need before a rep's start can
   *     be timed: their settling time plus a moment at the bottom
   * @param bridgeMillis a hole this short (from the last sample before it to the first after) is
   *     bridged, not restarted from
   */
  public record Config(double maxStepIntervals, long settleMillis, long bridgeMillis) {
    public static final Config DEFAULTS = new Config(3, 500, 500);

    public Config {
      if (!(maxStepIntervals >= 1) || settleMillis < 0 || bridgeMillis < 0) {
        throw new IllegalArgumentException(
            "maxStepIntervals must be >= 1, settleMillis and bridgeMillis >= 0, were "
                + maxStepIntervals
                + ", "
                + settleMillis
                + ", "
                + bridgeMillis);
      }
    }

    public long settleMicros() {
      return settleMillis * 1000;
    }
  }

  /** Bridged holes kept per track, the latest ones: enough for the rep under way and the last. */
  private static final int BRIDGES_KEPT = 4;

  private final Config config;
  private final long[] maxStepMicros;
  private final long[] lastMicros;
  private final long[] judgeFromMicros;

  /** Per track, the bridged holes' spans (last sample before, first after), a ring. */
  private final long[][] bridgedFrom;

  private final long[][] bridgedTo;
  private final int[] nextBridge;

  /** A policy for one person's tracks, one layout per track in track order. */
  public DataGapPolicy(List<SensorLayout> layouts, Config config) {
    this.config = config;
    int n = layouts.size();
    maxStepMicros = new long[n];
    lastMicros = new long[n];
    judgeFromMicros = new long[n];
    Arrays.fill(lastMicros, Long.MIN_VALUE);
    Arrays.fill(judgeFromMicros, Long.MIN_VALUE);
    bridgedFrom = new long[n][BRIDGES_KEPT];
    bridgedTo = new long[n][BRIDGES_KEPT];
    nextBridge = new int[n];
    for (int i = 0; i < n; i++) {
      Arrays.fill(bridgedFrom[i], Long.MAX_VALUE);
      Arrays.fill(bridgedTo[i], Long.MIN_VALUE);
    }
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

  /**
   * Notes the next sample of {@code track}; true when samples are missing just before it and the
   * hole is too long to bridge (a short hole is noted, see {@link #bridgedDuring}).
   */
  public boolean holeBefore(int track, long timeMicros) {
    long last = lastMicros[track];
    lastMicros[track] = timeMicros;
    if (last == Long.MIN_VALUE) {
      return midStream;
    }
    long step = timeMicros - last;
    if (step <= maxStepMicros[track]) {
      return false;
    }
    if (step > config.bridgeMillis() * 1000) {
      return true;
    }
    int k = nextBridge[track];
    bridgedFrom[track][k] = last;
    bridgedTo[track][k] = timeMicros;
    nextBridge[track] = (k + 1) % BRIDGES_KEPT;
    return false;
  }

  /** Whether a bridged hole of {@code track} lies (partly) between the two times. */
  public boolean bridgedDuring(int track, long fromMicros, long toMicros) {
    for (int k = 0; k < BRIDGES_KEPT; k++) {
      if (bridgedFrom[track][k] < toMicros && bridgedTo[track][k] > fromMicros) {
        return true;
      }
    }
    return false;
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
