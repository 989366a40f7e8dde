package io.plantaris.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One store's way to fetch a patient's points of one measurement in a time range: rows of column
 * name to value, the point's time under {@code time} in epoch microseconds, in time order.
 */
interface RowQuery {
  List<Map<String, Object>> select(
      String measurement, String patient, long fromMicros, long toMicros) throws IOException;

  /**
   * The rows of several patients, each patient's in time order (their {@code patient} column says
   * whose); one query per patient unless the store can do better.
   */
  default List<Map<String, Object>> selectMany(
      String measurement, Collection<String> patients, long fromMicros, long toMicros)
      throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String p : patients) {
      out.addAll(select(measurement, p, fromMicros, toMicros));
    }
    return out;
  }
}
