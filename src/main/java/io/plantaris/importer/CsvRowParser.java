package io.plantaris.importer;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Track;
import java.util.ArrayList;
import java.util.List;

/** Turns CSV data rows into track columns in Plantaris units, as a mapping says. */
final class CsvRowParser {
  private final CsvMapping mapping;
  private final CsvHeader header;
  private final String source;
  private final int timeColumn;
  private final int[] cellColumns;
  private final double[] cellNewtonsPerUnit;
  private final int[] accelColumns;
  private final int[] gyroColumns;
  private final List<Long> times = new ArrayList<>();
  private final List<float[]> cells = new ArrayList<>();
  private final List<float[]> accel = new ArrayList<>();
  private final List<float[]> gyro = new ArrayList<>();
  private final double[] vector = new double[3];

  CsvRowParser(CsvMapping mapping, CsvHeader header, List<CellSpec> specs, String source)
      throws ImportException {
    this.mapping = mapping;
    this.header = header;
    this.source = source;
    CsvMapping.Time time = mapping.time();
    timeColumn = time.column() == null ? -1 : header.indexOf(time.column());
    cellColumns = new int[specs.size()];
    cellNewtonsPerUnit = new double[specs.size()];
    for (int i = 0; i < cellColumns.length; i++) {
      CsvMapping.Cell cell = mapping.cells().get(i);
      cellColumns[i] = header.indexOf(cell.column());
      cellNewtonsPerUnit[i] =
          cell.unit().isPressure() ? cell.unit().newtonsPerUnitMm2 * specs.get(i).areaMm2() : 1.0;
    }
    accelColumns = imuColumns(mapping.accelerometer());
    gyroColumns = imuColumns(mapping.gyroscope());
  }

  private int[] imuColumns(CsvMapping.Imu<?> imu) throws ImportException {
    if (imu == null) {
      return null;
    }
    int[] cols = new int[3];
    for (int a = 0; a < 3; a++) {
      cols[a] = header.indexOf(imu.columns().get(a));
    }
    return cols;
  }

  /** Whether the row holds a value in any mapped column other than the time. */
  boolean hasValue(String[] fields) {
    for (int c : cellColumns) {
      if (c < fields.length && !blank(fields[c])) {
        return true;
      }
    }
    return anyValue(fields, accelColumns) || anyValue(fields, gyroColumns);
  }

  private static boolean anyValue(String[] fields, int[] cols) {
    if (cols != null) {
      for (int c : cols) {
        if (c < fields.length && !blank(fields[c])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Empty or white space only, counting the no-break space a spreadsheet may leave. */
  static boolean blank(String field) {
    return field.replace('\u00A0', ' ').isBlank();
  }

  void accept(String[] fields, int row) throws ImportException {
    int i = times.size();
    long micros;
    if (timeColumn < 0) {
      micros = Math.round(i * 1e6 / mapping.time().sampleRateHz());
    } else {
      micros = Math.round(required(fields, timeColumn, row) * mapping.time().unit().toMicros);
      if (i > 0 && micros <= times.get(i - 1)) {
        throw ImportException.at(
            source, row, header.name(timeColumn), "time does not increase from the row before");
      }
    }
    times.add(micros);
    float[] loads = new float[cellColumns.length];
    for (int c = 0; c < loads.length; c++) {
      loads[c] = (float) (optional(fields, cellColumns[c]) * cellNewtonsPerUnit[c]);
    }
    cells.add(loads);
    if (accelColumns != null) {
      CsvMapping.Imu<CsvUnits.AccelUnit> imu = mapping.accelerometer();
      accel.add(vector(fields, accelColumns, imu.unit().toG, imu.axisMap(), row));
    }
    if (gyroColumns != null) {
      CsvMapping.Imu<CsvUnits.GyroUnit> imu = mapping.gyroscope();
      gyro.add(vector(fields, gyroColumns, imu.unit().toDps, imu.axisMap(), row));
    }
  }

  private float[] vector(String[] fields, int[] cols, double factor, AxisMap map, int row)
      throws ImportException {
    for (int a = 0; a < 3; a++) {
      vector[a] = required(fields, cols[a], row) * factor;
    }
    float[] out = new float[3];
    map.apply(vector, out);
    return out;
  }

  private double required(String[] fields, int col, int row) throws ImportException {
    if (col >= fields.length || blank(fields[col])) {
      throw ImportException.at(source, row, header.name(col), "value missing");
    }
    try {
      return Double.parseDouble(fields[col].trim());
    } catch (NumberFormatException e) {
      throw ImportException.at(
          source, row, header.name(col), "not a number: '" + fields[col] + "'");
    }
  }

  /** A load cell that did not report reads NaN rather than stopping the import. */
  private static double optional(String[] fields, int col) {
    if (col >= fields.length || blank(fields[col])) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(fields[col].trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  int size() {
    return times.size();
  }

  double sampleRateHz() {
    if (mapping.time().sampleRateHz() != null) {
      return mapping.time().sampleRateHz();
    }
    long[] t = times.stream().mapToLong(Long::longValue).toArray();
    return MoticonExport.sampleRateHz(t);
  }

  Track toTrack(SensorLayout layout) {
    return new Track(
        layout,
        times.stream().mapToLong(Long::longValue).toArray(),
        cells.toArray(new float[0][]),
        accelColumns == null ? null : accel.toArray(new float[0][]),
        gyroColumns == null ? null : gyro.toArray(new float[0][]));
  }
}
