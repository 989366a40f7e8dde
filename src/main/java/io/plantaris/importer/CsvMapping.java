package io.plantaris.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Side;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How to read one kind of CSV file into an insole track; loaded from a JSON mapping file whose
 * schema is documented in {@code docs/csv-mapping.md}.
 *
 * @param description free text: where the data comes from and the evidence for the axis signs
 * @param delimiter field separator, one character; default {@code ","}
 * @param headerRows number of header rows before the data (0..10); default 1
 * @param fillBlankHeaders a blank cell in a header row other than the last repeats the cell to its
 *     left (merged group headers)
 * @param deviceId device id of the track; default the CSV file name
 * @param side which foot; default UNKNOWN
 * @param insoleLengthMm heel-to-toe insole length, 0 when unknown
 * @param time where sample times come from
 * @param cellLayout a named cell geometry for {@code cells}, or null when each cell gives its own
 * @param cells pressure or force columns in cell order; may be empty for an IMU-only track
 * @param accelerometer accelerometer columns, or null
 * @param gyroscope gyroscope columns, or null
 */
public record CsvMapping(
    String description,
    String delimiter,
    Integer headerRows,
    boolean fillBlankHeaders,
    String deviceId,
    Side side,
    double insoleLengthMm,
    Time time,
    NamedLayout cellLayout,
    List<Cell> cells,
    Imu<CsvUnits.AccelUnit> accelerometer,
    Imu<CsvUnits.GyroUnit> gyroscope) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public CsvMapping {
    delimiter = delimiter == null ? "," : delimiter;
    if (delimiter.length() != 1) {
      throw new IllegalArgumentException(
          "delimiter must be one character, was '" + delimiter + "'");
    }
    headerRows = headerRows == null ? 1 : headerRows;
    if (headerRows < 0 || headerRows > 10) {
      throw new IllegalArgumentException("headerRows must be 0..10, was " + headerRows);
    }
    side = side == null ? Side.UNKNOWN : side;
    cells = cells == null ? List.of() : List.copyOf(cells);
    if (time == null) {
      throw new IllegalArgumentException("time is required: a column or a sampleRateHz");
    }
    if (cells.isEmpty() && gyroscope == null) {
      throw new IllegalArgumentException("a mapping needs cells or a gyroscope");
    }
    for (Cell c : cells) {
      if (cellLayout == null && c.region() == null) {
        throw new IllegalArgumentException(
            "cell " + c.column() + " needs a region (or give the mapping a cellLayout)");
      }
      if (c.unit().isPressure() && cellLayout == null && !(c.areaMm2() > 0)) {
        throw new IllegalArgumentException(
            "cell " + c.column() + " is a pressure (" + c.unit() + ") and needs areaMm2 > 0");
      }
    }
  }

  /**
   * Sample times: from a column, or from a fixed rate when {@code column} is null.
   *
   * @param column time column, or null
   * @param unit unit of the time column; default seconds
   * @param sampleRateHz declared rate; required without a column, else estimated from the times
   */
  public record Time(ColumnRef column, CsvUnits.TimeUnit unit, Double sampleRateHz) {
    public Time {
      unit = unit == null ? CsvUnits.TimeUnit.S : unit;
      if (column == null && (sampleRateHz == null || !(sampleRateHz > 0))) {
        throw new IllegalArgumentException("time needs a column or a sampleRateHz > 0");
      }
    }
  }

  /**
   * A built-in cell geometry; {@code cells} then lists its columns in the layout's cell order.
   *
   * @param name {@code "moticon-opengo"} (16 cells, see {@link MoticonGeometry})
   * @param size the insole size of that layout
   */
  public record NamedLayout(String name, int size) {
    public NamedLayout {
      if (!"moticon-opengo".equals(name)) {
        throw new IllegalArgumentException(
            "unknown cellLayout '" + name + "'; known: moticon-opengo");
      }
    }
  }

  /**
   * One pressure or force column.
   *
   * @param unit {@code N}, {@code kPa} or {@code N/cm2}; pressures are multiplied by areaMm2
   */
  public record Cell(
      ColumnRef column,
      CsvUnits.LoadUnit unit,
      double xMm,
      double yMm,
      PlantarRegion region,
      double areaMm2) {
    public Cell {
      if (column == null || unit == null) {
        throw new IllegalArgumentException("a cell needs a column and a unit");
      }
    }
  }

  /**
   * Three IMU columns in the sensor's own axes, its unit, and how they map into the insole frame.
   *
   * @param axes {@link AxisMap} text such as {@code "x,-y,z"}: insole axis n reads that sensor axis
   */
  public record Imu<U>(ColumnRef x, ColumnRef y, ColumnRef z, U unit, String axes) {
    public Imu {
      if (x == null || y == null || z == null || unit == null) {
        throw new IllegalArgumentException("an IMU needs columns x, y, z and a unit");
      }
      axes = axes == null ? "x,y,z" : axes;
      AxisMap.parse(axes);
    }

    AxisMap axisMap() {
      return AxisMap.parse(axes);
    }

    List<ColumnRef> columns() {
      return List.of(x, y, z);
    }
  }

  /** Loads and validates a mapping file; errors name the file and the JSON line and column. */
  public static CsvMapping load(Path file) throws ImportException {
    try {
      return JSON.readValue(file.toFile(), CsvMapping.class);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : ": line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      Throwable root = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      String reason = root == e ? e.getOriginalMessage() : root.getMessage();
      throw new ImportException("mapping " + file + where + ": " + reason, e);
    } catch (IOException e) {
      throw new ImportException("mapping " + file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
