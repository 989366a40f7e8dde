package io.plantaris.store;

/**
 * The spool's health at one moment.
 *
 * @param depthRecords appended but not yet confirmed by the store
 * @param oldestAgeMillis how long the oldest undrained record has waited (0 when empty)
 * @param appendFailures records the disk refused since start
 * @param writeError the last append or fsync failure, null once appends succeed again
 * @param truncatedBytes damaged bytes dropped when the spool was opened
 * @param damagedRecords damaged records (stretches) dropped when the spool was opened; every intact
 *     record around them was kept
 */
public record SpoolStats(
    long depthRecords,
    long depthBytes,
    long oldestAgeMillis,
    long appendFailures,
    String writeError,
    long truncatedBytes,
    long damagedRecords) {
  public boolean writable() {
    return writeError == null;
  }
}
