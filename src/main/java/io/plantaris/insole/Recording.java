package io.plantaris.insole;

import java.util.List;

/**
 * A finished recording of one person: one track per insole (left, right, or just one), on a common
 * device time axis.
 */
public record Recording(List<Track> tracks) {
  public Recording {
    tracks = List.copyOf(tracks);
    if (tracks.isEmpty()) {
      throw new IllegalArgumentException("a recording needs at least one track");
    }
  }

  /** Receives the samples of a recording in time order, tagged with the track they belong to. */
  @FunctionalInterface
  public interface SampleConsumer {
    /** {@code sample} is reused after the call returns: copy what must be kept. */
    void accept(int trackIndex, InsoleSample sample);
  }

  /** Delivers every sample of every track in time order (ties: lower track index first). */
  public void replay(SampleConsumer consumer) {
    int n = tracks.size();
    int[] next = new int[n];
    InsoleSample[] buffers = new InsoleSample[n];
    for (int t = 0; t < n; t++) {
      buffers[t] = new InsoleSample(tracks.get(t).layout().cellCount());
    }
    while (true) {
      int best = -1;
      for (int t = 0; t < n; t++) {
        Track track = tracks.get(t);
        if (next[t] < track.size()
            && (best < 0
                || track.timeMicros()[next[t]] < tracks.get(best).timeMicros()[next[best]])) {
          best = t;
        }
      }
      if (best < 0) {
        return;
      }
      tracks.get(best).fill(next[best]++, buffers[best]);
      consumer.accept(best, buffers[best]);
    }
  }
}
