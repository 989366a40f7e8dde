package io.plantaris.analysis;

/** The last few seconds of one quantity, looked up by time; fixed size, no allocation. */
final class TimeRing {
  private final long[] times;
  private final float[] values;
  private final long spacingMicros;
  private int next;
  private int size;
  private long lastMicros = Long.MIN_VALUE;

  /** Keeps {@code seconds} at no more than 50 entries per second whatever the sample rate. */
  TimeRing(double sampleRateHz, double seconds) {
    double rate = Math.min(sampleRateHz, 50);
    int n = (int) Math.ceil(rate * seconds) + 1;
    times = new long[n];
    values = new float[n];
    spacingMicros = Math.round(1e6 / rate) - Math.round(0.5e6 / sampleRateHz);
  }

  void add(long timeMicros, double value) {
    if (lastMicros != Long.MIN_VALUE && timeMicros - lastMicros < spacingMicros) {
      return;
    }
    lastMicros = timeMicros;
    times[next] = timeMicros;
    values[next] = (float) value;
    next = next + 1 == times.length ? 0 : next + 1;
    if (size < times.length) {
      size++;
    }
  }

  /** The value at the latest sample not after {@code timeMicros} (the oldest kept if earlier). */
  double at(long timeMicros) {
    if (size == 0) {
      return Double.NaN;
    }
    int i = next;
    for (int k = 0; k < size; k++) {
      i = i == 0 ? times.length - 1 : i - 1;
      if (times[i] <= timeMicros) {
        return values[i];
      }
    }
    return values[i];
  }

  /** Entries kept. */
  int size() {
    return size;
  }

  /** Time of the {@code k}-th oldest entry kept (0 is the oldest). */
  long timeAt(int k) {
    return times[slot(k)];
  }

  /** Value of the {@code k}-th oldest entry kept (0 is the oldest). */
  double valueAt(int k) {
    return values[slot(k)];
  }

  private int slot(int k) {
    int i = next - size + k;
    return i < 0 ? i + times.length : i;
  }

  int stateBytes() {
    return times.length * 12;
  }
}
