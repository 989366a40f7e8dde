package io.plantaris.protocol;

/**
 * Puts a device's data frames back in sequence order when the link delivered a few of them late
 * (PROTOCOL.md section 2): a frame ahead of the expected number is held, up to {@link #frames()} of
 * them, until the missing ones arrive; only then, or when the window is full, is the hole released
 * to the {@link SequenceTracker} as lost. Frames in order pass straight through, so a healthy link
 * is not delayed at all. The same object serves live streams and files, so both see the same frames
 * in the same order.
 */
public final class ReorderWindow {
  /** Frames held at most while waiting for a late one: 0.4 s at 20 frames/s. */
  public static final int DEFAULT_FRAMES = 8;

  /** Receives the frames in the order to use them; {@code frame} is null for an undecodable one. */
  @FunctionalInterface
  public interface Release {
    void frame(int seq, long rawTimeMicros, Frame frame);
  }

  private static final int SLOTS = 64;

  private final SequenceTracker tracker;
  private final Release release;
  private final int frames;
  private final boolean[] held = new boolean[SLOTS];
  private final long[] times = new long[SLOTS];
  private final Frame[] heldFrames = new Frame[SLOTS];
  private int count;

  /**
   * @param frames how many frames to hold at most, 0..63 (0: no reordering, late frames dropped)
   */
  public ReorderWindow(SequenceTracker tracker, int frames, Release release) {
    if (frames < 0 || frames >= SLOTS) {
      throw new IllegalArgumentException("frames must be 0.." + (SLOTS - 1) + ", was " + frames);
    }
    this.tracker = tracker;
    this.frames = frames;
    this.release = release;
  }

  public int frames() {
    return frames;
  }

  /** Frames held now, waiting for an earlier one. */
  public int held() {
    return count;
  }

  /** A data frame (or the header of one that could not be decoded) arrived. */
  public void offer(int seq, long rawTimeMicros, Frame frame) {
    int d = tracker.distance(seq);
    if (d <= 0) {
      if (count > 0 && -d > frames) {
        flush(); // far behind: a reboot or an old redelivery, no late frame of this window
      }
      release.frame(seq, rawTimeMicros, frame);
      drain();
      return;
    }
    if (d > frames) {
      flush();
      release.frame(seq, rawTimeMicros, frame);
      drain();
      return;
    }
    int slot = seq & (SLOTS - 1);
    if (held[slot]) {
      tracker.duplicate(); // QoS 1 redelivered a frame that is already waiting
      return;
    }
    held[slot] = true;
    times[slot] = rawTimeMicros;
    heldFrames[slot] = frame;
    count++;
    while (count > frames) {
      releaseOldest();
    }
  }

  /** Releases every held frame in order, their holes counted as lost (end of stream). */
  public void flush() {
    while (count > 0) {
      releaseOldest();
    }
  }

  /** Releases held frames that are next in order now (after a descriptor filled a number). */
  public void drain() {
    boolean more = true;
    while (count > 0 && more) {
      more = false;
      for (int k = 0; k <= 1 && !more; k++) {
        int seq = (tracker.expectedSeq() + k) & 0xFFFF;
        if (held[seq & (SLOTS - 1)] && tracker.distance(seq) == 0) {
          take(seq);
          more = true;
        }
      }
    }
  }

  private void releaseOldest() {
    int base = tracker.expectedSeq();
    for (int k = 0; k < SLOTS; k++) {
      int seq = (base + k) & 0xFFFF;
      if (held[seq & (SLOTS - 1)]) {
        take(seq);
        drain();
        return;
      }
    }
  }

  private void take(int seq) {
    int slot = seq & (SLOTS - 1);
    held[slot] = false;
    count--;
    Frame f = heldFrames[slot];
    heldFrames[slot] = null;
    release.frame(seq, times[slot], f);
  }
}
