package io.plantaris.analysis;

/**
 * A rep back at the bottom waiting to settle: the lowest its signal reached since, and when, and
 * whether the wait has run out. With an IMU the wait runs on while the pitch still makes new lows:
 * the last tenth of a slow lowering (7-9 s, under control to the end) can outlast the settle
 * timeout, and cut there the foot seemed to rest above its lowering mark, so the lowering was read
 * to end 10 % above that, a second and more early (wide seeds 20145, 20170, 20180). The centre of
 * pressure wanders on at rest and is not waited for.
 */
final class SettleWatch {
  /** A new low this recently: the foot is still lowering. */
  static final long STILL_LOWERING_MICROS = 300_000;

  /** A foot still lowering is waited for at most this many settle timeouts. */
  static final int MAX_TIMEOUTS = 4;

  private final long timeoutMicros;
  private final boolean waitWhileLowering;
  private long since;
  private long lowTime;
  private double low;

  /**
   * @param waitWhileLowering wait on while new lows come (the signal is the pitch)
   */
  SettleWatch(long timeoutMillis, boolean waitWhileLowering) {
    this.timeoutMicros = timeoutMillis * 1000;
    this.waitWhileLowering = waitWhileLowering;
  }

  /** The rep came back to the bottom at {@code t} with the signal at {@code x}. */
  void start(long t, double x) {
    since = t;
    low = x;
    lowTime = t;
  }

  void track(long t, double x) {
    if (x < low) {
      low = x;
      lowTime = t;
    }
  }

  /** The lowest the signal came to since the start. */
  double low() {
    return low;
  }

  /** When it came there. */
  long lowTime() {
    return lowTime;
  }

  /** Whether the rep should be finished at {@code t} though its rate has not settled. */
  boolean timedOut(long t) {
    long waited = t - since;
    if (waited <= timeoutMicros) {
      return false;
    }
    boolean lowering = waitWhileLowering && t - lowTime < STILL_LOWERING_MICROS;
    return !lowering || waited >= MAX_TIMEOUTS * timeoutMicros;
  }
}
