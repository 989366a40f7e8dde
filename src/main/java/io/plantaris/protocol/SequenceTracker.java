package io.plantaris.protocol;

import java.util.Arrays;

/**
 * Loss, duplicate, reorder and reboot detection for one device (PROTOCOL.md section 2), owning that
 * device's {@link DeviceClock}.
 *
 * <p>Loss is counted on the data stream only (SAMPLES, STATUS, MARKER and frames of unknown type):
 * a DESCRIPTOR travels on its own MQTT topic, unordered with the data, and its periodic repeats may
 * not be sent at all, so it never opens a gap. A descriptor that used up a number (firmware before
 * the rule in PROTOCOL.md section 2) fills that number whenever it arrives.
 *
 * <p>Two choices beyond the letter of the protocol, both because a device's clock never runs
 * backwards while it runs: a frame whose (seq, time) equals one seen recently is a duplicate even
 * when its time is more than 1 s old (QoS 1 redelivery after a reconnect is not a reboot), and a
 * time more than 1 s backwards is a reboot unless the numbers run on and the time is too late for a
 * fresh boot, in which case, as for a step forward too large for the frames in between (more than
 * {@link #MAX_FRAME_STEP_MICROS} per frame), the device clock jumped: the device time is rebased to
 * continue where it was, live and offline alike, so no set is split and no sample lands in the
 * future.
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

  /**
   * Frames in sequence are at most this far apart in device time (PROTOCOL.md: a STATUS at least
   * every 10 s, plus slack); a larger step with the numbers running on is the clock jumping.
   */
  public static final long MAX_FRAME_STEP_MICROS = 12_000_000;

  /**
   * A frame whose time since boot exceeds this per frame since boot (its seq) cannot be from a
   * fresh boot: at the recommended 20 frames/s a boot's frame n is at about n * 50 ms.
   */
  private static final long REBOOT_FRAME_MICROS = 1_000_000;

  /** A step back with the numbers running on by fewer frames than this is a clock jump. */
  private static final int JUMP_MAX_FRAMES = 64;

  /** Recent (seq, time) pairs remembered to recognise duplicates: ~3 min at 20 frames/s. */
  private static final int RECENT = 4096;

  private final DeviceClock clock;
  private final long[] recent = new long[RECENT];
  private boolean started;
  private int expected;
  private long bootId;
  private long previousBootId;

  /** Sequence number of the last descriptor, -1 when none. */
  private int descriptorSeq = -1;

  /** The last gap counted: where it began and how many of its frames are still missing. */
  private int lastGapFrom;

  private int lastGapLost;
  private long accepted;
  private long gaps;
  private long lost;
  private long duplicates;
  private long reordered;
  private long reboots;
  private long clockJumps;

  /** Device time between the last two frames in order: where a jumped clock is rebased to. */
  private long lastStepMicros = 50_000;

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

  /**
   * Tracks a DESCRIPTOR announcing {@code newBootId} (0: unknown). It opens no gap; a new boot id
   * is a reboot, a descriptor of the boot before is stale ({@link Verdict#DUPLICATE}: not to be
   * applied).
   */
  public Verdict accept(int seq, long rawTimeMicros, long newBootId) {
    if (newBootId != 0 && newBootId == previousBootId) {
      return Verdict.DUPLICATE; // the old boot's descriptor, delivered late on its own topic
    }
    descriptorSeq = seq;
    if (!started) {
      started = true;
      clock.advance(rawTimeMicros);
      expected = seq;
      bootId = newBootId;
      accepted++;
      return Verdict.FIRST;
    }
    if (newBootId != 0 && bootId != 0 && newBootId != bootId) {
      previousBootId = bootId;
      bootId = newBootId;
      reboots++;
      clock.reboot(rawTimeMicros);
      expected = seq;
      accepted++;
      return Verdict.REBOOT;
    }
    if (newBootId != 0) {
      bootId = newBootId;
    }
    if (lastGapLost > 0 && (short) (seq - lastGapFrom) >= 0 && (short) (seq - expected) < 0) {
      // an old device's descriptor, arrived after the data frame behind it: it was not lost
      lastGapLost--;
      lost--;
      if (lastGapLost == 0) {
        gaps--;
      }
    }
    accepted++;
    return Verdict.IN_ORDER;
  }

  /**
   * How far {@code seq} of a data frame is from the next one expected: 0 in order, positive that
   * many frames missing before it, negative behind. A number a descriptor used up is not missing.
   */
  public int distance(int seq) {
    if (!started) {
      return 0;
    }
    int d = (short) (seq - expected);
    return d > 0 && descriptorSeq == expected ? d - 1 : d;
  }

  /** The number the next data frame should carry (a descriptor may have used it up). */
  int expectedSeq() {
    return expected;
  }

  /** A frame with the same number as one held for reordering came again: counted and dropped. */
  public void duplicate() {
    duplicates++;
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
    int d = distance(seq);
    long step = clock.peek(rawTimeMicros) - clock.lastMicros();
    if (step < -REBOOT_BACKWARDS_MICROS) {
      if (d >= 0 && d < JUMP_MAX_FRAMES && rawTimeMicros > (seq + 1L) * REBOOT_FRAME_MICROS) {
        return jump(seq, key, d, rawTimeMicros); // the numbers run on; a new boot starts at 0
      }
      previousBootId = bootId == 0 ? previousBootId : bootId;
      bootId = 0; // the next descriptor names the new boot; it is not another reboot
      return reboot(seq, rawTimeMicros);
    }
    if (d >= 0 && step > (d + 1L) * MAX_FRAME_STEP_MICROS) {
      return jump(seq, key, d, rawTimeMicros);
    }
    if (d < 0) {
      if (-d < RECENT) {
        recent[seq & (RECENT - 1)] = key;
      }
      reordered++;
      return Verdict.REORDERED;
    }
    clock.advance(rawTimeMicros);
    if (d == 0 && step > 0) {
      lastStepMicros = step;
    }
    if (d > 0) {
      gaps++;
      lost += d;
      lastGapFrom = expected;
      lastGapLost = d;
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
    return new LinkStats(
        accepted, gaps, lost, duplicates, reordered, reboots, clock.reAnchors(), clockJumps);
  }

  private Verdict jump(int seq, long key, int d, long rawTimeMicros) {
    clockJumps++;
    clock.jump(rawTimeMicros, clock.lastMicros() + (d + 1L) * lastStepMicros);
    if (d > 0) {
      gaps++;
      lost += d;
    }
    return inOrder(seq, key, d > 0 ? Verdict.GAP : Verdict.IN_ORDER);
  }

  private Verdict reboot(int seq, long rawTimeMicros) {
    reboots++;
    lastGapLost = 0;
    clock.reboot(rawTimeMicros);
    return inOrder(seq, (long) seq << 32 | rawTimeMicros, Verdict.REBOOT);
  }

  private Verdict inOrder(int seq, long key, Verdict verdict) {
    accepted++;
    expected = (seq + 1) & 0xFFFF;
    if (descriptorSeq >= 0 && (short) (descriptorSeq - expected) < 0) {
      descriptorSeq = -1; // the data stream has passed it
    }
    recent[seq & (RECENT - 1)] = key;
    return verdict;
  }
}
