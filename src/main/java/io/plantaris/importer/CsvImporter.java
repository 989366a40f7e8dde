package io.plantaris.importer;

import io.plantaris.insole.CellSpec;
import io.plantaris.insole.Recording;
import io.plantaris.insole.SensorLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file into a one-track {@link Recording} as a {@link CsvMapping} describes: columns by
 * header text or index, units converted to newtons, g and deg/s, IMU axes remapped into the insole
 * frame. Empty or non-numeric load cells read as NaN; any other bad field is an {@link
 * ImportException} naming the file, row and column.
 */
public final class CsvImporter {
  private final CsvMapping mapping;

  public CsvImporter(CsvMapping mapping) {
    this.mapping = mapping;
  }

  /** Reads {@code csv} with the mapping in the JSON file {@code mappingFile}. */
  public static Recording read(Path csv, Path mappingFile) throws IOException {
    return new CsvImporter(CsvMapping.load(mappingFile)).read(csv);
  }

  public Recording read(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String name = csv.getFileName().toString();
      return read(in, csv.toString(), name.replaceFirst("\\.[^.]*$", ""));
    }
  }

  /**
   * Reads CSV text; {@code sourceName} names it in errors, {@code defaultDeviceId} is used when the
   * mapping gives none.
   */
  public Recording read(Reader reader, String sourceName, String defaultDeviceId)
      throws IOException {
    BufferedReader in = new BufferedReader(reader);
    char delimiter = mapping.delimiter().charAt(0);
    List<String[]> header = new ArrayList<>();
    int row = 0;
    while (header.size() < mapping.headerRows()) {
      String line = in.readLine();
      if (line == null) {
        throw ImportException.at(sourceName, row + 1, null, "file ends inside the header rows");
      }
      row++;
      header.add(CsvLine.split(row == 1 ? stripBom(line) : line, delimiter));
    }
    CsvHeader columns = new CsvHeader(header, mapping.fillBlankHeaders(), sourceName);
    List<CellSpec> cellSpecs;
    try {
      cellSpecs = cellSpecs();
    } catch (IllegalArgumentException e) {
      throw new ImportException(sourceName + ": mapping: " + e.getMessage(), e);
    }
    CsvRowParser parser = new CsvRowParser(mapping, columns, cellSpecs, sourceName);
    // Rows with no value in any mapped column (blank, delimiters only, or a time alone) are held
    // back: an export often ends in them (a spreadsheet's empty tail, a foot that stopped
    // recording first), and there they are no samples; before a later data row they are read as
    // usual (a load cell that did not report, or an error naming the row).
    List<String[]> heldFields = new ArrayList<>();
    List<Integer> heldRows = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      row++;
      String[] fields = CsvLine.split(row == 1 ? stripBom(line) : line, delimiter);
      if (allBlank(fields)) {
        continue;
      }
      if (!parser.hasValue(fields)) {
        heldFields.add(fields);
        heldRows.add(row);
        continue;
      }
      for (int i = 0; i < heldFields.size(); i++) {
        parser.accept(heldFields.get(i), heldRows.get(i));
      }
      heldFields.clear();
      heldRows.clear();
      parser.accept(fields, row);
    }
    if (parser.size() < 1 || (parser.size() < 2 && mapping.time().sampleRateHz() == null)) {
      throw new ImportException(
          sourceName + ": needs two data rows (or a declared sampleRateHz) to know the rate");
    }
    String deviceId = mapping.deviceId() == null ? defaultDeviceId : mapping.deviceId();
    SensorLayout layout =
        new SensorLayout(
            deviceId,
            mapping.side(),
            parser.sampleRateHz(),
            cellSpecs,
            mapping.accelerometer() != null,
            mapping.gyroscope() != null,
            mapping.insoleLengthMm());
    return new Recording(List.of(parser.toTrack(layout)));
  }

  /** Cell geometry from the named layout, or from each cell's own fields. */
  List<CellSpec> cellSpecs() {
    List<CsvMapping.Cell> cells = mapping.cells();
    if (mapping.cellLayout() != null) {
      List<CellSpec> layout = MoticonGeometry.cells(mapping.side(), mapping.cellLayout().size());
      if (layout.size() != cells.size()) {
        throw new IllegalArgumentException(
            "cellLayout "
                + mapping.cellLayout().name()
                + " has "
                + layout.size()
                + " cells but the mapping lists "
                + cells.size());
      }
      return layout;
    }
    return cells.stream()
        .map(c -> new CellSpec(c.xMm(), c.yMm(), c.region(), c.areaMm2()))
        .toList();
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static boolean allBlank(String[] fields) {
    for (String f : fields) {
      if (!CsvRowParser.blank(f)) {
        return false;
      }
    }
    return true;
  }
}
