package io.plantaris.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a spool folder after a stop or a crash: drops segments already drained, checks every
 * undrained record, skips each damaged one and keeps every intact record before and after it
 * ({@link SegmentRepair}), saying clearly what was dropped.
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
      long damagedRecords,
      List<String> problems) {}

  private SpoolRecovery() {}

  static Result recover(Path dir) throws IOException {
    io.plantaris.files.PrivateFiles.createPrivateDirectory(dir);
    List<Long> segments = SpoolFiles.segments(dir);
    SpoolPosition committed = SpoolFiles.readCommitted(dir);
    if (committed == null) {
      committed = new SpoolPosition(segments.isEmpty() ? 0 : segments.get(0), 0);
    }
    long records = 0;
    long bytes = 0;
    long oldest = 0;
    long truncated = 0;
    long damaged = 0;
    List<String> problems = new ArrayList<>();
    long last = committed.segment();
    for (long seg : segments) {
      Path file = SpoolFiles.segment(dir, seg);
      if (seg < committed.segment()) {
        Files.delete(file); // fully drained before the stop
        continue;
      }
      last = seg;
      long from = seg == committed.segment() ? committed.offset() : 0;
      SegmentRepair.Result r = SegmentRepair.repair(file, from);
      if (oldest == 0) {
        oldest = r.firstAppendMillis();
      }
      records += r.records();
      bytes += r.keptBytes();
      if (r.damaged() > 0) {
        String p =
            String.format(
                "spool segment %s: %s; %d damaged record(s) dropped, %d intact record(s) kept",
                file.getFileName(), r.problem(), r.damaged(), r.records());
        log.error(p);
        problems.add(p);
        truncated += r.droppedBytes();
        damaged += r.damaged();
      }
    }
    if (records > 0) {
      log.info("spool: {} undrained record(s) ({} bytes) will be replayed", records, bytes);
    }
    return new Result(
        committed, last, records, bytes, oldest, truncated, damaged, List.copyOf(problems));
  }
}
