package io.plantaris.store;

import java.nio.file.Path;

/**
 * How the on-disk spool in front of the store behaves.
 *
 * @param dir folder of segment files and the committed offset
 * @param fsync see {@link FsyncPolicy}
 * @param groupCommitMillis the flusher's interval under {@link FsyncPolicy#GROUP}
 * @param segmentBytes a segment is closed and a new one begun past this size; drained segments are
 *     deleted whole
 */
public record SpoolConfig(Path dir, FsyncPolicy fsync, long groupCommitMillis, long segmentBytes) {
  public static final long DEFAULT_GROUP_COMMIT_MILLIS = 10;
  public static final long DEFAULT_SEGMENT_BYTES = 16L << 20;

  public SpoolConfig {
    if (dir == null || fsync == null) {
      throw new IllegalArgumentException("spool dir and fsync policy must be given");
    }
    if (groupCommitMillis < 1 || segmentBytes < 4096) {
      throw new IllegalArgumentException("groupCommitMillis >= 1 and segmentBytes >= 4096");
    }
  }

  public static SpoolConfig of(Path dir) {
    return new SpoolConfig(
        dir, FsyncPolicy.GROUP, DEFAULT_GROUP_COMMIT_MILLIS, DEFAULT_SEGMENT_BYTES);
  }

  public SpoolConfig withFsync(FsyncPolicy p, long intervalMillis) {
    return new SpoolConfig(dir, p, intervalMillis, segmentBytes);
  }

  public SpoolConfig withSegmentBytes(long bytes) {
    return new SpoolConfig(dir, fsync, groupCommitMillis, bytes);
  }
}
