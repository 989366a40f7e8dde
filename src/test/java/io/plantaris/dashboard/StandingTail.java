package io.plantaris.dashboard;

import io.plantaris.insole.Track;
import java.util.Arrays;

/**
 * A recording's track followed by quiet standing, as a live insole keeps streaming after the last
 * rep: the analysis closes a set only once the rest after it is long enough.
 */
final class StandingTail {
  private StandingTail() {}

  /** {@code t} and then its last sample repeated for {@code millis} at the same sample period. */
  static Track extend(Track t, long millis) {
    int n = t.size();
    long period = t.timeMicros()[n - 1] - t.timeMicros()[n - 2];
    int extra = (int) (millis * 1000 / period);
    long[] time = Arrays.copyOf(t.timeMicros(), n + extra);
    float[][] cells = Arrays.copyOf(t.cellNewtons(), n + extra);
    float[][] accel = t.accelG() == null ? null : Arrays.copyOf(t.accelG(), n + extra);
    float[][] gyro = t.gyroDps() == null ? null : Arrays.copyOf(t.gyroDps(), n + extra);
    for (int i = n; i < n + extra; i++) {
      time[i] = time[i - 1] + period;
      cells[i] = cells[n - 1];
      if (accel != null) {
        accel[i] = accel[n - 1];
      }
      if (gyro != null) {
        gyro[i] = gyro[n - 1];
      }
    }
    return new Track(t.layout(), time, cells, accel, gyro);
  }
}
