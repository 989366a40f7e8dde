package io.plantaris.importer;

import java.io.IOException;

/** A recording or mapping file that cannot be imported; the message names file, row and column. */
public final class ImportException extends IOException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * An error at one place of a text file.
   *
   * @param row 1-based line number in the file
   * @param column the column's header text or index, or null when the whole row is at fault
   */
  public static ImportException at(String file, int row, String column, String reason) {
    String where = file + ": row " + row + (column == null ? "" : ", column " + column);
    return new ImportException(where + ": " + reason);
  }
}
