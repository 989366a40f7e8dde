package io.plantaris.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The store's state for {@code /health}: where points go, whether it accepts them, and the spool.
 *
 * @param embeddedStartMillis how long the embedded QuestDB took to start; -1 when not (yet) started
 * @param badRowsSkipped stored rows the readers could not read (forged or damaged) and skipped
 * @param deadLetters points the store refused as malformed (HTTP 4xx), moved to the dead-letter
 *     file so that they do not block the spool
 * @param notKept records the spool refused since start (a full disk), by measurement: what is
 *     missing from the store
 */
public record StoreHealth(
    String target,
    boolean storeUp,
    SpoolStats spool,
    long drainErrors,
    String lastDrainError,
    long pointsWritten,
    long embeddedStartMillis,
    long badRowsSkipped,
    long deadLetters,
    Map<String, Long> notKept) {

  public StoreHealth {
    notKept = Map.copyOf(notKept);
  }

  /**
   * Healthy means every record can be kept and none was lost: not when the spool refuses writes,
   * nor when damaged records were dropped at start, nor when records were refused by a full disk
   * (DEGRADED until the next start, with their counts). A store that is down only delays the drain.
   */
  public boolean healthy() {
    return spool.writable() && spool.damagedRecords() == 0 && notKept.isEmpty();
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("target", target);
    m.put("storeUp", storeUp);
    m.put("spoolWritable", spool.writable());
    m.put("spoolDepthRecords", spool.depthRecords());
    m.put("spoolDepthBytes", spool.depthBytes());
    m.put("spoolOldestAgeMillis", spool.oldestAgeMillis());
    m.put("spoolAppendFailures", spool.appendFailures());
    m.put("spoolWriteError", spool.writeError());
    m.put("spoolTruncatedBytesAtStart", spool.truncatedBytes());
    m.put("spoolDamagedRecordsAtStart", spool.damagedRecords());
    m.put("drainErrors", drainErrors);
    m.put("lastDrainError", lastDrainError);
    m.put("pointsWritten", pointsWritten);
    m.put("embeddedStartMillis", embeddedStartMillis);
    m.put("badRowsSkipped", badRowsSkipped);
    m.put("deadLetters", deadLetters);
    m.put("recordsNotKept", new TreeMap<>(notKept));
    return m;
  }
}
