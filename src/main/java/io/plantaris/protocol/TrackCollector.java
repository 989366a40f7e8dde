package io.plantaris.protocol;

import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Track;
import java.util.ArrayList;
import java.util.List;

/** Keeps every sample it receives and builds a {@link Track} from them. */
public final class TrackCollector implements SampleSink {
  private SensorLayout layout;
  private long[] times = new long[1024];
  private final List<float[]> cells = new ArrayList<>();
  private final List<float[]> accel = new ArrayList<>();
  private final List<float[]> gyro = new ArrayList<>();

  @Override
  public void onLayout(SensorLayout sensorLayout) {
    this.layout = sensorLayout;
  }

  @Override
  public void onSample(InsoleSample s) {
    int n = cells.size();
    if (n == times.length) {
      times = java.util.Arrays.copyOf(times, n * 2);
    }
    times[n] = s.timeMicros;
    cells.add(s.cellNewtons.clone());
    float nan = Float.NaN;
    accel.add(
        s.hasAccel ? new float[] {s.accelXG, s.accelYG, s.accelZG} : new float[] {nan, nan, nan});
    gyro.add(
        s.hasGyro ? new float[] {s.gyroXDps, s.gyroYDps, s.gyroZDps} : new float[] {nan, nan, nan});
  }

  /** The track so far, or null when no layout (descriptor) was seen. */
  public Track track() {
    if (layout == null) {
      return null;
    }
    int n = cells.size();
    return new Track(
        layout,
        java.util.Arrays.copyOf(times, n),
        cells.toArray(new float[0][]),
        layout.hasAccelerometer() ? accel.toArray(new float[0][]) : null,
        layout.hasGyroscope() ? gyro.toArray(new float[0][]) : null);
  }
}
