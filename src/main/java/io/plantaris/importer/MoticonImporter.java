package io.plantaris.importer;

import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Moticon OpenGo text export (tab-separated, {@code #} header lines, left and right insole
 * on one time axis) into a {@link Recording} with one track per insole that has data.
 *
 * <p>Columns are found by header name, not position, so event and step columns are ignored.
 * Pressure in N/cm² is multiplied by the cell area of {@link MoticonGeometry} to give newtons.
 *
 * <p>IMU axes, from the four real exports (see {@link Config#DEFAULTS}): the right insole's axes
 * already are the insole frame; the left insole reports a mirrored frame (y medial), so its y
 * acceleration and its x and z angular rates are negated.
 */
public final class MoticonImporter {
  private final Config config;

  /**
   * How to read an export.
   *
   * @param leftAccel axis map from the left insole's accelerometer to the insole frame
   * @param leftGyro axis map from the left insole's gyroscope to the insole frame
   * @param rightAccel axis map for the right insole's accelerometer
   * @param rightGyro axis map for the right insole's gyroscope
   * @param fallbackSize insole size used when the export has no {@code # Size:} line
   */
  public record Config(
      AxisMap leftAccel,
      AxisMap leftGyro,
      AxisMap rightAccel,
      AxisMap rightGyro,
      int fallbackSize) {
    /**
     * Axis maps measured on the real exports, every file and both sides alike: standing still reads
     * z = +0.97 g (z up); the gyroscope's Y has 3-5 times the spread of X and Z in walking (pitch);
     * while the heel is unloaded and the forefoot still loaded (heel rising into push-off) Y reads
     * +82..+265 deg/s on both insoles, so heel rise is already positive about y, and x acceleration
     * drops from -0.19 g to -0.43 g as the toes point down, so x points to the toes. In that same
     * push-off both insoles read positive X and negative Z rate and positive Y acceleration; the
     * feet roll and turn mirror-symmetrically, so equal signs mean the left insole's frame is
     * mirrored (y medial). Right: identity; left: y acceleration, x and z rates negated (a
     * reflection keeps the pitch rate's sign).
     */
    public static final Config DEFAULTS =
        new Config(
            AxisMap.parse("x,-y,z"),
            AxisMap.parse("-x,y,-z"),
            AxisMap.IDENTITY,
            AxisMap.IDENTITY,
            7);

    public Config {
      if (leftAccel == null || leftGyro == null || rightAccel == null || rightGyro == null) {
        throw new IllegalArgumentException("axis maps must not be null");
      }
      MoticonGeometry.insoleLengthMm(fallbackSize);
    }
  }

  public MoticonImporter(Config config) {
    this.config = config;
  }

  public MoticonImporter() {
    this(Config.DEFAULTS);
  }

  /** Reads an export file. */
  public MoticonExport read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /** Reads an export; {@code sourceName} names it in error messages. */
  public MoticonExport read(Reader reader, String sourceName) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<String> headerLines = new ArrayList<>();
    String line;
    int lineNo = 0;
    String[] columns = null;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String stripped = line.startsWith("\uFEFF") ? line.substring(1) : line;
      if (stripped.startsWith("# time") || stripped.startsWith("#time")) {
        columns = stripped.substring(1).trim().split("\t", -1);
        break;
      }
      if (!stripped.startsWith("#")) {
        throw ImportException.at(
            sourceName, lineNo, null, "no '# time' column header before the first data row");
      }
      headerLines.add(stripped);
    }
    if (columns == null) {
      throw new ImportException(sourceName + ": no '# time' column header found");
    }
    MoticonHeader header = MoticonHeader.parse(headerLines);
    int size = header.size().orElse(config.fallbackSize());
    Map<String, Integer> byName = indexColumns(columns);
    Map<Side, MoticonSideReader> sides = new EnumMap<>(Side.class);
    for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
      boolean left = side == Side.LEFT;
      MoticonSideReader.of(
              side,
              header.serial(side).orElse("moticon-" + side.name().toLowerCase(Locale.ROOT)),
              size,
              byName,
              columns,
              left ? config.leftAccel() : config.rightAccel(),
              left ? config.leftGyro() : config.rightGyro())
          .ifPresent(r -> sides.put(side, r));
    }
    if (sides.isEmpty()) {
      throw ImportException.at(
          sourceName, lineNo, null, "no 'left/right pressure 1..16' columns in the column header");
    }
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      double timeSeconds = MoticonSideReader.number(fields, 0, columns, sourceName, lineNo);
      if (Double.isNaN(timeSeconds)) {
        throw ImportException.at(sourceName, lineNo, columns[0], "empty time");
      }
      for (MoticonSideReader side : sides.values()) {
        side.accept(fields, Math.round(timeSeconds * 1e6), sourceName, lineNo);
      }
    }
    return MoticonExport.of(header, size, sides.values(), sourceName);
  }

  private static Map<String, Integer> indexColumns(String[] columns) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < columns.length; i++) {
      byName.putIfAbsent(MoticonSideReader.key(columns[i]), i);
    }
    return byName;
  }
}
