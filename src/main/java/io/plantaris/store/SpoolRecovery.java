package io.plantaris.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a spool folder after a stop or a crash: drops segments already drained, checks every
 * undrained record, and cuts each segment right before its first torn or corrupt record (keeping
 * everything intact before it), saying clearly what was cut.
 */
final class SpoolRecovery {
  private static final Logger log = LoggerFactory.getLogger(SpoolRecovery.class);

  /** What the folder holds after recovery. */
  record Result(
      SpoolPosition committed,
      long lastSegment,
      long records,
      long bytes,
      long oldestAppendMillis,
      long truncatedBytes,
      List<String> problems) {}

  private SpoolRecovery() {}

  static Result recover(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Long> segments = SpoolFiles.segments(dir);
    SpoolPosition committed = SpoolFiles.readCommitted(dir);
    if (committed == null) {
      committed = new SpoolPosition(segments.isEmpty() ? 0 : segments.get(0), 0);
    }
    long records = 0;
    long bytes = 0;
    long oldest = 0;
    long truncated = 0;
    List<String> problems = new ArrayList<>();
    long last = committed.segment();
    for (long seg : segments) {
      Path file = SpoolFiles.segment(dir, seg);
      if (seg < committed.segment()) {
        Files.delete(file); // fully drained before the stop
        continue;
      }
      last = seg;
      try (FileChannel ch =
          FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        long size = ch.size();
        long from = seg == committed.segment() ? Math.min(committed.offset(), size) : 0;
        long[] first = {0};
        SegmentScanner.Result r =
            SegmentScanner.scan(
                ch,
                from,
                size,
                Integer.MAX_VALUE,
                (t, b, o, l) -> {
                  if (first[0] == 0) {
                    first[0] = t;
                  }
                });
        if (oldest == 0) {
          oldest = first[0];
        }
        records += r.records();
        bytes += r.endOffset() - from;
        if (r.endOffset() < size) {
          long cut = size - r.endOffset();
          String p =
              String.format(
                  "spool segment %s: %s; cut %d damaged byte(s) at the end, %d intact record(s)"
                      + " before it kept",
                  file.getFileName(), r.problem(), cut, r.records());
          log.error(p);
          problems.add(p);
          truncated += cut;
          ch.truncate(r.endOffset());
          ch.force(true);
        }
      }
    }
    if (records > 0) {
      log.info("spool: {} undrained record(s) ({} bytes) will be replayed", records, bytes);
    }
    return new Result(committed, last, records, bytes, oldest, truncated, List.copyOf(problems));
  }
}
