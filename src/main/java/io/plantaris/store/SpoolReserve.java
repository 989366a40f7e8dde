package io.plantaris.store;

import io.plantaris.files.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Disk space held back for the records that must not be lost when the disk fills (set and session
 * summaries, pain reports, decisions): a file of {@link #BYTES} real bytes in the spool folder.
 * When such a record meets a full disk the file is deleted and the record written into the space it
 * held; the file is made again once the disk has room.
 */
final class SpoolReserve {
  private static final Logger log = LoggerFactory.getLogger(SpoolReserve.class);
  static final String FILE = "reserve";

  /** About 3,000 summaries of ~300 bytes: far more sets than fit in an outage of minutes. */
  static final int BYTES = 1 << 20;

  private final Path file;
  private volatile boolean held;
  private long lastTryMillis;

  SpoolReserve(Path dir) {
    this.file = dir.resolve(FILE);
    this.held = Files.exists(file) && sizeOk();
  }

  private boolean sizeOk() {
    try {
      return Files.size(file) >= BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  boolean held() {
    return held;
  }

  /** Makes the reserve when it is missing (at most every 5 s); false when the disk has no room. */
  synchronized boolean ensure(long nowMillis) {
    if (held) {
      return true;
    }
    if (nowMillis - lastTryMillis < 5_000) {
      return false;
    }
    lastTryMillis = nowMillis;
    try (FileChannel ch =
        PrivateFiles.open(
            file,
            Set.of(
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING))) {
      ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
      for (int written = 0; written < BYTES; written += zeros.capacity()) {
        zeros.clear();
        while (zeros.hasRemaining()) {
          ch.write(zeros);
        }
      }
      ch.force(true);
      held = true;
      log.info("spool: {} bytes reserved for summaries in {}", BYTES, file);
      return true;
    } catch (IOException e) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      return false;
    }
  }

  /** Frees the reserve's space for a record that must be kept; false when there is none. */
  synchronized boolean release() {
    if (!held) {
      return false;
    }
    held = false;
    try {
      Files.deleteIfExists(file);
      log.warn("spool: disk full; the reserve ({} bytes) is used for summaries", BYTES);
      return true;
    } catch (IOException e) {
      log.error("spool: cannot release the reserve {}: {}", file, e.toString());
      return false;
    }
  }
}
