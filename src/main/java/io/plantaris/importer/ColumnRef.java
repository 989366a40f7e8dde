package io.plantaris.importer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A column of a CSV file, named in a mapping either by its header text (multi-row headers joined
 * with {@code |}, for example {@code "RightFoot|Gyroscope|Y"}) or by its 0-based index.
 *
 * @param header the joined header text, or null when the column is given by index
 * @param index the 0-based column index, or -1 when the column is given by header text
 */
public record ColumnRef(String header, int index) {
  public ColumnRef {
    if ((header == null) == (index < 0)) {
      throw new IllegalArgumentException("a column is named by header text or by index, not both");
    }
  }

  @JsonCreator
  public static ColumnRef byHeader(String header) {
    return new ColumnRef(header, -1);
  }

  @JsonCreator
  public static ColumnRef byIndex(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("column index must be >= 0, was " + index);
    }
    return new ColumnRef(null, index);
  }

  @JsonValue
  Object json() {
    return header != null ? header : index;
  }

  @Override
  public String toString() {
    return header != null ? "'" + header + "'" : "#" + index;
  }
}
