package io.plantaris.protocol;

import java.util.Arrays;

/**
 * Loss, duplicate, reorder and reboot detection for one device (PROTOCOL.md section 2), owning that
 * device's {@link DeviceClock}.
 *
 * <p>Two choices beyond the letter of the protocol, both because a device's clock never runs
 * backwards while it runs: a frame whose (seq, time) equals one seen recently is a duplicate even
 * when its time is more than 1 s old (QoS 1 redelivery after a reconnect is not a reboot), and a
 * time more than 1 s backwards is a reboot whatever the sequence difference.
 */
public final class SequenceTracker {
  /** What to make of one frame. */
  public enum Verdict {
    FIRST,
    IN_ORDER,
    GAP,
    DUPLICATE,
    REORDERED,
    REBOOT;

    /** Whether the frame is new data to use; duplicates and late frames are dropped. */
    public boolean accepted() {
      return this != DUPLICATE && this != REORDERED;
    }
  }

  /** A time jump backwards larger than this is a reboot (PROTOCOL.md: 1 s). */
  public static final long REBOOT_BACKWARDS_MICROS = 1_000_000;

  /** Recent (seq, time) pairs remembered to recognise duplicates: ~3 min at 20 frames/s. */
  private static final int RECENT = 4096;

  private final DeviceClock clock;
  private final long[] recent = new long[RECENT];
  private boolean started;
  private int expected;
  private long bootId;
  private long accepted;
  private long gaps;
  private long lost;
  private long duplicates;
  private long reordered;
  private long reboots;

  public SequenceTracker() {
    this(new DeviceClock());
  }

  public SequenceTracker(DeviceClock clock) {
    this.clock = clock;
    Arrays.fill(recent, -1L);
  }

  /** Tracks a decoded frame; a descriptor's boot id also detects reboots. */
  public Verdict accept(Frame frame) {
    if (frame.message() instanceof Descriptor d) {
      return accept(frame.sequence(), frame.deviceTimeMicros(), d.bootId());
    }
    return accept(frame.sequence(), frame.deviceTimeMicros());
  }

  /** Tracks a frame from a descriptor announcing {@code newBootId} (0: unknown). */
  public Verdict accept(int seq, long rawTimeMicros, long newBootId) {
    boolean duplicate = recent[seq & (RECENT - 1)] == ((long) seq << 32 | rawTimeMicros);
    if (started && !duplicate && newBootId != 0 && bootId != 0 && newBootId != bootId) {
      bootId = newBootId;
      return reboot(seq, rawTimeMicros);
    }
    Verdict v = accept(seq, rawTimeMicros);
    if (newBootId != 0 && v.accepted()) {
      bootId = newBootId;
    }
    return v;
  }

  /** Tracks a frame of any type (including ones whose payload could not be decoded). */
  public Verdict accept(int seq, long rawTimeMicros) {
    long key = (long) seq << 32 | rawTimeMicros;
    if (!started) {
      started = true;
      clock.advance(rawTimeMicros);
      return inOrder(seq, key, Verdict.FIRST);
    }
    if (recent[seq & (RECENT - 1)] == key) {
      duplicates++;
      return Verdict.DUPLICATE;
    }
    if (clock.peek(rawTimeMicros) - clock.lastMicros() < -REBOOT_BACKWARDS_MICROS) {
      bootId = 0; // the next descriptor names the new boot; it is not another reboot
      return reboot(seq, rawTimeMicros);
    }
    int d = (short) (seq - expected);
    if (d < 0) {
      if (-d < RECENT) {
        recent[seq & (RECENT - 1)] = key;
      }
      reordered++;
      return Verdict.REORDERED;
    }
    clock.advance(rawTimeMicros);
    if (d > 0) {
      gaps++;
      lost += d;
      return inOrder(seq, key, Verdict.GAP);
    }
    return inOrder(seq, key, Verdict.IN_ORDER);
  }

  public DeviceClock clock() {
    return clock;
  }

  /** Unwrapped device time of the last accepted frame. */
  public long lastFrameMicros() {
    return clock.lastMicros();
  }

  public LinkStats stats() {
    return new LinkStats(accepted, gaps, lost, duplicates, reordered, reboots, clock.reAnchors());
  }

  private Verdict reboot(int seq, long rawTimeMicros) {
    reboots++;
    clock.reboot(rawTimeMicros);
    return inOrder(seq, (long) seq << 32 | rawTimeMicros, Verdict.REBOOT);
  }

  private Verdict inOrder(int seq, long key, Verdict verdict) {
    accepted++;
    expected = (seq + 1) & 0xFFFF;
    recent[seq & (RECENT - 1)] = key;
    return verdict;
  }
}
