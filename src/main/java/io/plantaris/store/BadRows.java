package io.plantaris.store;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts stored rows a reader could not turn into a record (a forged or damaged row: a missing
 * column, a wrong type, an unknown enum name). Such a row is skipped, so one bad row never takes a
 * patient's pages down; it is logged (the first one and every 1000th) and counted for /health and
 * {@code plantaris_store_bad_rows_total}.
 */
public final class BadRows {
  private static final Logger log = LoggerFactory.getLogger(BadRows.class);
  private final AtomicLong count = new AtomicLong();

  void skipped(String measurement, Map<String, Object> row, RuntimeException why) {
    long n = count.incrementAndGet();
    if (n == 1 || n % 1000 == 0) {
      log.warn(
          "store: skipped an unreadable {} row ({} so far): {}; row {}",
          measurement,
          n,
          why.toString(),
          row);
    }
  }

  public long count() {
    return count.get();
  }
}
