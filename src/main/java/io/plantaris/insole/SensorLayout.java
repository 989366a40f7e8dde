package io.plantaris.insole;

import java.util.List;

/**
 * What one insole measures: its cells with their positions, whether it has an IMU, and its sample
 * rate. The analysis core is configured from this, never from the wire format directly.
 *
 * @param insoleLengthMm heel-to-toe length of the insole, used for heel-rise height from pitch
 */
public record SensorLayout(
    String deviceId,
    Side side,
    double sampleRateHz,
    List<CellSpec> cells,
    boolean hasAccelerometer,
    boolean hasGyroscope,
    double insoleLengthMm) {
  public SensorLayout {
    if (deviceId == null || deviceId.isEmpty()) {
      throw new IllegalArgumentException("deviceId must not be empty");
    }
    if (side == null) {
      throw new IllegalArgumentException("side must not be null");
    }
    if (!(sampleRateHz > 0)) {
      throw new IllegalArgumentException("sampleRateHz must be > 0, was " + sampleRateHz);
    }
    cells = List.copyOf(cells);
    if (cells.isEmpty() && !hasGyroscope) {
      throw new IllegalArgumentException("a layout needs pressure cells or a gyroscope");
    }
  }

  public int cellCount() {
    return cells.size();
  }

  public boolean hasImu() {
    return hasAccelerometer || hasGyroscope;
  }
}
