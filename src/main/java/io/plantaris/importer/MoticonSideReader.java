package io.plantaris.importer;

import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Collects one insole's columns of a Moticon export, row by row, into a {@link Track}. */
final class MoticonSideReader {
  final Side side;
  private final String deviceId;
  private final int size;
  private final int[] pressureColumns;
  private final double[] newtonsPerUnit;
  private final int[] accelColumns;
  private final int[] gyroColumns;
  private final int totalForceColumn;
  private final AxisMap accelMap;
  private final AxisMap gyroMap;
  private final String[] columns;
  private final List<Long> times = new ArrayList<>();
  private final List<float[]> cells = new ArrayList<>();
  private final List<float[]> accel = new ArrayList<>();
  private final List<float[]> gyro = new ArrayList<>();
  final List<Float> exportTotalForceN = new ArrayList<>();
  private final double[] vector = new double[3];

  private MoticonSideReader(
      Side side,
      String deviceId,
      int size,
      int[] pressure,
      double[] newtonsPerUnit,
      int[] acc,
      int[] gyr,
      int total,
      AxisMap accelMap,
      AxisMap gyroMap,
      String[] columns) {
    this.side = side;
    this.deviceId = deviceId;
    this.size = size;
    this.pressureColumns = pressure;
    this.newtonsPerUnit = newtonsPerUnit;
    this.accelColumns = acc;
    this.gyroColumns = gyr;
    this.totalForceColumn = total;
    this.accelMap = accelMap;
    this.gyroMap = gyroMap;
    this.columns = columns;
  }

  /** A reader for {@code side}, or empty when the export has no pressure columns for it. */
  static Optional<MoticonSideReader> of(
      Side side,
      String deviceId,
      int size,
      Map<String, Integer> byName,
      String[] columns,
      AxisMap accelMap,
      AxisMap gyroMap) {
    String prefix = side.name().toLowerCase(Locale.ROOT) + " ";
    int[] pressure = new int[MoticonGeometry.CELL_COUNT];
    double[] newtonsPerUnit = new double[pressure.length];
    double[] areasCm2 = MoticonGeometry.areasCm2(size);
    for (int i = 0; i < pressure.length; i++) {
      Integer col = byName.get(prefix + "pressure " + (i + 1));
      if (col == null) {
        return Optional.empty();
      }
      pressure[i] = col;
      // kPa = 0.1 N/cm²; the OpenGo export writes N/cm².
      double perNcm2 = columns[col].toLowerCase(Locale.ROOT).contains("[kpa]") ? 0.1 : 1.0;
      newtonsPerUnit[i] = perNcm2 * areasCm2[i];
    }
    int[] acc = axes(byName, prefix + "acceleration ");
    int[] gyr = axes(byName, prefix + "angular ");
    Integer total = byName.get(prefix + "total force");
    return Optional.of(
        new MoticonSideReader(
            side,
            deviceId,
            size,
            pressure,
            newtonsPerUnit,
            acc,
            gyr,
            total == null ? -1 : total,
            accelMap,
            gyroMap,
            columns));
  }

  private static int[] axes(Map<String, Integer> byName, String prefix) {
    int[] cols = new int[3];
    for (int a = 0; a < 3; a++) {
      Integer col = byName.get(prefix + "xyz".charAt(a));
      if (col == null) {
        return null;
      }
      cols[a] = col;
    }
    return cols;
  }

  /** Adds one row if this side has data in it (its first pressure field is not empty). */
  void accept(String[] fields, long timeMicros, String source, int row) throws ImportException {
    if (pressureColumns[0] >= fields.length || fields[pressureColumns[0]].isBlank()) {
      return;
    }
    if (!times.isEmpty() && timeMicros <= times.get(times.size() - 1)) {
      throw ImportException.at(
          source,
          row,
          "'" + columns[0] + "'",
          "time does not increase for the " + side + " insole");
    }
    float[] loads = new float[pressureColumns.length];
    for (int i = 0; i < loads.length; i++) {
      loads[i] =
          (float) (number(fields, pressureColumns[i], columns, source, row) * newtonsPerUnit[i]);
    }
    times.add(timeMicros);
    cells.add(loads);
    if (accelColumns != null) {
      accel.add(vector(fields, accelColumns, accelMap, source, row));
    }
    if (gyroColumns != null) {
      gyro.add(vector(fields, gyroColumns, gyroMap, source, row));
    }
    exportTotalForceN.add(
        totalForceColumn < 0
            ? Float.NaN
            : (float) number(fields, totalForceColumn, columns, source, row));
  }

  private float[] vector(String[] fields, int[] cols, AxisMap map, String source, int row)
      throws ImportException {
    for (int a = 0; a < 3; a++) {
      vector[a] = number(fields, cols[a], columns, source, row);
    }
    float[] out = new float[3];
    map.apply(vector, out);
    return out;
  }

  /** The field as a number; NaN when empty or missing; an error when not a number. */
  static double number(String[] fields, int col, String[] columns, String source, int row)
      throws ImportException {
    if (col >= fields.length || fields[col].isBlank()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(fields[col].trim());
    } catch (NumberFormatException e) {
      throw ImportException.at(
          source, row, "'" + columns[col] + "'", "not a number: '" + fields[col] + "'");
    }
  }

  /** The column header without its unit, lower case: {@code "left pressure 1"}. */
  static String key(String header) {
    int bracket = header.indexOf('[');
    return (bracket < 0 ? header : header.substring(0, bracket)).trim().toLowerCase(Locale.ROOT);
  }

  int rowCount() {
    return times.size();
  }

  Track toTrack(double sampleRateHz) {
    int n = times.size();
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = times.get(i);
    }
    SensorLayout layout =
        new SensorLayout(
            deviceId,
            side,
            sampleRateHz,
            MoticonGeometry.cells(side, size),
            accelColumns != null,
            gyroColumns != null,
            MoticonGeometry.insoleLengthMm(size));
    return new Track(
        layout,
        t,
        cells.toArray(new float[0][]),
        accelColumns == null ? null : accel.toArray(new float[0][]),
        gyroColumns == null ? null : gyro.toArray(new float[0][]));
  }

  long[] timesMicros() {
    return times.stream().mapToLong(Long::longValue).toArray();
  }
}
