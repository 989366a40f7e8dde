package io.plantaris.store;

/** When the spool forces appended records to the disk. */
public enum FsyncPolicy {
  /** fsync before every append returns: nothing acknowledged is ever lost, about 1-10 ms each. */
  ALWAYS,
  /**
   * Group commit: a flusher fsyncs every {@code groupCommitMillis}; the drainer only sends records
   * already forced, so the store never holds a point the spool could lose. A process crash loses
   * nothing (the kernel keeps written pages); a power cut loses at most the last interval.
   */
  GROUP
}
