package io.plantaris.protocol;

/**
 * One device's clock on the host: unwraps the u32 microsecond time (wrapping every 2^32 us) into a
 * monotonic long that keeps going forward across reboots, and maps it to wall time given the host's
 * receive time (passed in: this package never reads a clock).
 */
public final class DeviceClock {
  /**
   * Wall-time mapping rules.
   *
   * @param maxDriftMillis re-anchor when the mapping is further than this from the receive time
   * @param earliestWallMillis no sample is placed before this instant (epoch millis)
   */
  public record Config(long maxDriftMillis, long earliestWallMillis) {
    /** 2 s of drift (PROTOCOL.md), nothing before 2020-01-01T00:00:00Z. */
    public static final Config DEFAULT = new Config(2_000, 1_577_836_800_000L);
  }

  private final Config config;
  private boolean started;
  private long lastRaw;
  private long lastMicros;
  private long highWaterMicros = Long.MIN_VALUE;
  private boolean anchored;
  private long anchorMicros;
  private long anchorWallMillis;
  private long lastWallMillis = Long.MIN_VALUE;
  private long reAnchors;

  public DeviceClock() {
    this(Config.DEFAULT);
  }

  public DeviceClock(Config config) {
    this.config = config;
  }

  /** Unwrapped time of {@code rawMicros} relative to the last frame, without committing it. */
  public long peek(long rawMicros) {
    return started ? lastMicros + (int) (rawMicros - lastRaw) : rawMicros;
  }

  /** Commits the frame time {@code rawMicros} and returns it unwrapped. */
  public long advance(long rawMicros) {
    long t = peek(rawMicros);
    started = true;
    lastRaw = rawMicros;
    lastMicros = t;
    extendTo(t);
    return t;
  }

  /**
   * A new boot whose clock reads {@code rawMicros}: the device booted at least that long ago, and
   * after everything seen so far, so its time zero goes just after the latest time handed out.
   */
  public long reboot(long rawMicros) {
    long t = started ? highWaterMicros + 1 + rawMicros : rawMicros;
    started = true;
    lastRaw = rawMicros;
    lastMicros = t;
    extendTo(t);
    return t;
  }

  /**
   * The device clock jumped (set, or glitched) while the device ran on: frame time {@code
   * rawMicros} is taken to be {@code unwrappedMicros}, and later frames advance from there.
   */
  public long jump(long rawMicros, long unwrappedMicros) {
    long t = Math.max(unwrappedMicros, highWaterMicros + 1);
    lastRaw = rawMicros;
    lastMicros = t;
    extendTo(t);
    return t;
  }

  /** Notes a sample time beyond the frame time (later samples of a batch). */
  public void extendTo(long unwrappedMicros) {
    highWaterMicros = Math.max(highWaterMicros, unwrappedMicros);
  }

  /** Unwrapped time of the last committed frame. */
  public long lastMicros() {
    return lastMicros;
  }

  /**
   * Wall time (epoch millis) of device time {@code unwrappedMicros}, received by the host at {@code
   * receiveMillis}: anchored at the first call, re-anchored when the mapping drifts more than
   * {@link Config#maxDriftMillis}, never after the receive time, never before {@link
   * Config#earliestWallMillis}, never before an earlier result.
   */
  public long wallMillis(long unwrappedMicros, long receiveMillis) {
    if (!anchored) {
      anchor(unwrappedMicros, receiveMillis);
    }
    long mapped = anchorWallMillis + Math.floorDiv(unwrappedMicros - anchorMicros, 1000);
    if (Math.abs(mapped - receiveMillis) > config.maxDriftMillis()) {
      anchor(unwrappedMicros, receiveMillis);
      reAnchors++;
      mapped = receiveMillis;
    }
    long wall = Math.min(mapped, receiveMillis);
    wall = Math.max(wall, lastWallMillis);
    wall = Math.max(wall, config.earliestWallMillis());
    lastWallMillis = wall;
    return wall;
  }

  /** How often the wall-time mapping was re-anchored after drifting. */
  public long reAnchors() {
    return reAnchors;
  }

  private void anchor(long unwrappedMicros, long receiveMillis) {
    anchored = true;
    anchorMicros = unwrappedMicros;
    anchorWallMillis = receiveMillis;
  }
}
