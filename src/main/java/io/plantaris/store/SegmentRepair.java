package io.plantaris.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Checks the undrained part of one spool segment at start and repairs it: a damaged record (bad
 * length or CRC, one flipped bit is enough) is skipped by resynchronising on the next offset where
 * an intact frame starts (its length and CRC check), so every intact record after it is kept; a
 * torn tail with no intact frame after it is cut. When something was skipped the segment is
 * rewritten (temporary file, fsync, rename) with the bytes before {@code from} unchanged, so the
 * committed offset stays valid and the drainer never meets the damage.
 */
final class SegmentRepair {
  /**
   * What one segment held after {@code from}.
   *
   * @param records intact records kept
   * @param damaged damaged stretches skipped or cut (each at least one record lost)
   * @param droppedBytes bytes of them
   * @param firstAppendMillis append time of the first intact record (0 when none)
   * @param problem what was found, for the log; null when intact
   */
  record Result(
      int records,
      int damaged,
      long droppedBytes,
      long keptBytes,
      long firstAppendMillis,
      String problem) {}

  private SegmentRepair() {}

  static Result repair(Path file, long from) throws IOException {
    byte[] data = Files.readAllBytes(file);
    int start = (int) Math.min(from, data.length);
    ByteBuffer kept = ByteBuffer.allocate(data.length);
    kept.put(data, 0, start);
    int pos = start;
    int records = 0;
    int damaged = 0;
    long dropped = 0;
    long first = 0;
    StringBuilder problem = new StringBuilder();
    while (pos < data.length) {
      int size = SpoolFrame.check(data, pos, data.length);
      if (size > 0) {
        if (records == 0) {
          first = SpoolFrame.appendMillis(data, pos);
        }
        kept.put(data, pos, size);
        pos += size;
        records++;
        continue;
      }
      int next = nextFrame(data, pos + 1);
      int cut = (next < 0 ? data.length : next) - pos;
      damaged++;
      dropped += cut;
      if (problem.length() > 0) {
        problem.append("; ");
      }
      problem.append(
          next < 0
              ? String.format("record cut short or damaged at byte %d, %d byte(s) cut", pos, cut)
              : String.format(
                  "damaged record at byte %d, %d byte(s) skipped, resynchronised at byte %d",
                  pos, cut, next));
      if (next < 0) {
        break;
      }
      pos = next;
    }
    if (damaged > 0) {
      rewrite(file, kept);
    }
    return new Result(
        records,
        damaged,
        dropped,
        kept.position() - start,
        first,
        damaged == 0 ? null : problem.toString());
  }

  /** The first offset at or after {@code from} where an intact frame starts; -1 when none. */
  private static int nextFrame(byte[] data, int from) {
    for (int p = from; p + SpoolFrame.HEADER_BYTES <= data.length; p++) {
      if (SpoolFrame.check(data, p, data.length) > 0) {
        return p;
      }
    }
    return -1;
  }

  private static void rewrite(Path file, ByteBuffer kept) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".repair");
    kept.flip();
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            Set.of(
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            io.plantaris.files.PrivateFiles.fileAttributes())) {
      while (kept.hasRemaining()) {
        ch.write(kept);
      }
      ch.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
