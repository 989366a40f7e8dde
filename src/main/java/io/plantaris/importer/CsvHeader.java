package io.plantaris.importer;

import java.util.ArrayList;
import java.util.List;

/** The joined header text of each CSV column, for finding a mapping's columns. */
final class CsvHeader {
  static final String JOINER = "|";
  private final List<String> joined = new ArrayList<>();
  private final String sourceName;
  private final int headerRows;

  CsvHeader(List<String[]> rows, boolean fillBlanks, String sourceName) {
    this.sourceName = sourceName;
    this.headerRows = rows.size();
    int width = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    String[][] cells = new String[rows.size()][width];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < width; c++) {
        String text = c < rows.get(r).length ? rows.get(r)[c].trim() : "";
        // Spreadsheets write a merged group header once; the blanks after it belong to it. The
        // last row names single columns, so a blank there stays blank.
        boolean fill = fillBlanks && c > 0 && r < rows.size() - 1;
        cells[r][c] = text.isEmpty() && fill ? cells[r][c - 1] : text;
      }
    }
    for (int c = 0; c < width; c++) {
      StringBuilder b = new StringBuilder();
      for (int r = 0; r < rows.size(); r++) {
        b.append(r > 0 ? JOINER : "").append(cells[r][c]);
      }
      joined.add(b.toString());
    }
  }

  /** The 0-based index of {@code ref}; header text matches exactly, else ignoring case. */
  int indexOf(ColumnRef ref) throws ImportException {
    if (ref.header() == null) {
      if (headerRows > 0 && ref.index() >= joined.size()) {
        throw ImportException.at(
            sourceName,
            headerRows,
            ref.toString(),
            "the header has only " + joined.size() + " columns");
      }
      return ref.index();
    }
    int found = joined.indexOf(ref.header());
    for (int c = 0; found < 0 && c < joined.size(); c++) {
      if (joined.get(c).equalsIgnoreCase(ref.header())) {
        found = c;
      }
    }
    if (found < 0) {
      throw ImportException.at(
          sourceName,
          Math.max(headerRows, 1),
          ref.toString(),
          "no such column in the header (header rows joined with '"
              + JOINER
              + "', e.g. '"
              + (joined.isEmpty() ? "" : joined.get(Math.min(1, joined.size() - 1)))
              + "')");
    }
    return found;
  }

  /** How a column is called in error messages. */
  String name(int index) {
    return index < joined.size() && !joined.get(index).isEmpty()
        ? index + " '" + joined.get(index) + "'"
        : String.valueOf(index);
  }
}
