package io.plantaris.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One store's way to fetch a patient's points of one measurement in a time range: rows of column
 * name to value, the point's time under {@code time} in epoch microseconds, in time order.
 */
interface RowQuery {
  List<Map<String, Object>> select(
      String measurement, String patient, long fromMicros, long toMicros) throws IOException;
}
