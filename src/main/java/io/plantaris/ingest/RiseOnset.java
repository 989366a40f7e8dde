package io.plantaris.ingest;

import io.plantaris.analysis.Movement;

/**
 * A fast, tentative rise onset for the live tempo guide, read at the insole's full rate while the
 * analysis still says the foot is at the bottom. The analysis confirms a rise only once the heel is
 * clearly up (about a second in); the guide must start when the movement starts, so this looks for
 * its first sign: the foot pitching toes-down (IMU), or else the heel unloading (pressure).
 *
 * <p>A foot standing flat does not pitch, however the body sways over it, so a sustained pitch rate
 * above the noise is the rise itself or a step; the heel's share of the load moves with sway, so
 * the pressure test is scaled by the share's own wobble. A tentative onset is taken back when the
 * analysis does not confirm a rise within {@link #CONFIRM_MICROS}; the page then drops the cue. The
 * onset reported is where the movement left rest (walked back along the history), not where it was
 * detected, so the metronome runs from the true start.
 */
final class RiseOnset {
  /**
   * Least pitch rate (toes down) taken as movement, degrees per second; raised to {@link
   * #NOISE_FACTOR} times the rate's own wobble at rest on a noisier sensor.
   */
  static final double PITCH_RATE_DPS = 1.0;

  static final double NOISE_FACTOR = 3;

  /** Consecutive samples above the test before an onset is taken. */
  static final int SUSTAIN = 3;

  /** How long the analysis has to confirm a tentative onset. */
  static final long CONFIRM_MICROS = 2_500_000;

  private static final int HISTORY = 64;
  private static final long RATE_SPAN_MICROS = 40_000;
  private static final double MIN_SHARE_DROP = 0.03;

  private final long[] times = new long[HISTORY];
  private final double[] pitch = new double[HISTORY];
  private final double[] share = new double[HISTORY];
  private int count;
  private int head;

  private double restShare = Double.NaN;
  private double rateWobble;
  private double shareWobble;
  private int above;
  private long onsetMicros = Long.MIN_VALUE;
  private long takenAtMicros;
  private boolean confirmed;

  /**
   * Feeds one sample; true when the tentative onset changed (taken or dropped), so the caller can
   * send it to the page at once instead of waiting for the throttle.
   */
  boolean accept(long timeMicros, double pitchDegrees, double heelShare, Movement movement) {
    push(timeMicros, pitchDegrees, heelShare);
    long before = onsetMicros;
    if (movement != Movement.BOTTOM) {
      confirmed = true;
      above = 0;
      return false; // the analysis has the rise; its own onset takes over
    }
    if (confirmed) { // back at the bottom after a rep: wait for the next one
      confirmed = false;
      onsetMicros = Long.MIN_VALUE;
      above = 0;
      restShare = Double.NaN;
    }
    if (onsetMicros != Long.MIN_VALUE) {
      if (timeMicros - takenAtMicros > CONFIRM_MICROS) {
        onsetMicros = Long.MIN_VALUE; // no rise followed (a step, a shift of weight)
        above = 0;
      }
      return before != onsetMicros;
    }
    boolean moving = rising(pitchDegrees, heelShare);
    above = moving ? above + 1 : 0;
    if (above >= SUSTAIN) {
      onsetMicros = walkBack(!Double.isNaN(pitchDegrees));
      takenAtMicros = timeMicros;
    } else if (!moving) {
      learnRest(heelShare);
    }
    return before != onsetMicros;
  }

  /** The tentative onset (sample time), or MIN_VALUE when there is none. */
  long onsetMicros() {
    return onsetMicros;
  }

  private boolean rising(double p, double s) {
    if (!Double.isNaN(p)) {
      double rate = rateAt(0);
      double threshold = Math.max(PITCH_RATE_DPS, NOISE_FACTOR * rateWobble);
      if (Math.abs(rate) < 0.6 * threshold) { // noise, not the settling after a lowering
        rateWobble += 0.02 * (Math.abs(rate) - rateWobble);
      }
      return rate > threshold;
    }
    if (Double.isNaN(s) || Double.isNaN(restShare)) {
      return false;
    }
    return s < restShare - Math.max(MIN_SHARE_DROP, 4 * shareWobble);
  }

  /** Pitch rate ending at the sample {@code back} places before the newest, degrees/s. */
  private double rateAt(int back) {
    int i = index(back);
    for (int k = back + 1; k < count; k++) {
      int j = index(k);
      long span = times[i] - times[j];
      if (span >= RATE_SPAN_MICROS) {
        return (pitch[i] - pitch[j]) * 1e6 / span;
      }
    }
    return 0;
  }

  /** Where the movement left rest: back along the history while it was still moving. */
  private long walkBack(boolean byPitch) {
    int k = 0;
    while (k + 1 < count) {
      boolean stillMoving =
          byPitch
              ? rateAt(k + 1) > Math.max(PITCH_RATE_DPS, NOISE_FACTOR * rateWobble) * 0.25
              : share[index(k + 1)] < restShare - Math.max(0.01, shareWobble);
      if (!stillMoving) {
        break;
      }
      k++;
    }
    // the pitch rate spans RATE_SPAN_MICROS: the movement began about half of it earlier
    long t = times[index(k)];
    return byPitch ? t - RATE_SPAN_MICROS : t;
  }

  private void learnRest(double s) {
    if (Double.isNaN(s)) {
      return;
    }
    if (Double.isNaN(restShare)) {
      restShare = s;
      shareWobble = 0;
      return;
    }
    double dev = Math.abs(s - restShare);
    restShare += 0.05 * (s - restShare);
    shareWobble += 0.05 * (dev - shareWobble);
  }

  private void push(long t, double p, double s) {
    head = (head + 1) % HISTORY;
    times[head] = t;
    pitch[head] = p;
    share[head] = s;
    count = Math.min(HISTORY, count + 1);
  }

  private int index(int back) {
    return Math.floorMod(head - back, HISTORY);
  }
}
