package io.plantaris.store;

import io.plantaris.files.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write-ahead log in front of the store: records are appended (and forced to disk per {@link
 * FsyncPolicy}) before anything is sent; one drainer reads forced records in order and advances a
 * committed offset only once the store has confirmed them. Appends are thread-safe; reading and
 * committing belong to the single drainer thread.
 */
public final class Spool implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Spool.class);

  /** Records read for sending, and where the committed offset moves once they are confirmed. */
  record Batch(List<String> lines, SpoolPosition end, long bytes, long firstAppendMillis) {}

  private final SpoolConfig config;
  private final Path dir;
  private final Object writeLock = new Object();
  private FileChannel writer;
  private volatile long writeSegment;
  private long writeOffset;
  private long frameStart; // where the frame being written began (guarded by writeLock)
  private volatile SpoolPosition durable;
  private SpoolPosition readCursor;
  private volatile SpoolPosition committed;
  private final AtomicLong depthRecords = new AtomicLong();
  private final AtomicLong depthBytes = new AtomicLong();
  private final AtomicLong appendFailures = new AtomicLong();
  private volatile long headAppendMillis;
  private volatile String writeError;
  private final SpoolRecovery.Result recovered;
  private final SpoolReserve reserve;
  private final Thread flusher;
  private volatile boolean open = true;

  private Spool(SpoolConfig config) throws IOException {
    this.config = config;
    this.dir = config.dir();
    recovered = SpoolRecovery.recover(dir);
    committed = recovered.committed();
    readCursor = committed;
    depthRecords.set(recovered.records());
    depthBytes.set(recovered.bytes());
    headAppendMillis = recovered.oldestAppendMillis();
    openWriter(recovered.lastSegment());
    reserve = new SpoolReserve(dir);
    if (!reserve.ensure(System.currentTimeMillis())) {
      log.warn("spool: no room for the {} byte reserve in {}", SpoolReserve.BYTES, dir);
    }
    durable = new SpoolPosition(writeSegment, writeOffset);
    flusher = new Thread(this::flushLoop, "spool-fsync");
    flusher.setDaemon(true);
    if (config.fsync() == FsyncPolicy.GROUP) {
      flusher.start();
    }
  }

  /** Opens (recovering) the spool in {@code config.dir()}. */
  public static Spool open(SpoolConfig config) throws IOException {
    return new Spool(config);
  }

  private void openWriter(long segment) throws IOException {
    writer =
        PrivateFiles.open(
            SpoolFiles.segment(dir, segment),
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE));
    writeSegment = segment;
    writeOffset = writer.size();
  }

  /**
   * Appends one record. Returns once it is written (and forced, under {@link FsyncPolicy#ALWAYS});
   * throws {@link SpoolException} when the disk refuses it (full, read-only), leaving every earlier
   * record intact.
   */
  public void append(String line, long nowMillis) {
    append(line, nowMillis, false);
  }

  /**
   * Appends a record that must survive a full disk (a set or session summary, a pain report, a
   * decision): when the disk is full, the space held by the {@link SpoolReserve} is used for it.
   */
  public void appendReserved(String line, long nowMillis) {
    append(line, nowMillis, true);
  }

  private void append(String line, long nowMillis, boolean mayUseReserve) {
    byte[] payload = line.getBytes(StandardCharsets.UTF_8);
    if (payload.length > SpoolFrame.MAX_PAYLOAD_BYTES) {
      appendFailures.incrementAndGet();
      String why =
          "a point of "
              + payload.length
              + " bytes is larger than the spool's limit of "
              + SpoolFrame.MAX_PAYLOAD_BYTES;
      log.error("{}; it is not kept", why);
      throw new SpoolException(why, null);
    }
    ByteBuffer frame = SpoolFrame.encode(payload, nowMillis);
    int size = frame.remaining();
    synchronized (writeLock) {
      try {
        writeFrame(frame);
      } catch (IOException e) {
        if (!mayUseReserve || !undo(frameStart, e) || !reserve.release()) {
          failed(frameStart, e);
        }
        frame.rewind();
        try {
          writeFrame(frame);
        } catch (IOException again) {
          failed(frameStart, again);
        }
      }
      if (depthRecords.getAndIncrement() == 0) {
        headAppendMillis = nowMillis;
      }
      depthBytes.addAndGet(size);
      writeError = null;
      writeLock.notifyAll();
    }
  }

  /** Writes one frame at the end, rolling first when the segment is full. */
  private void writeFrame(ByteBuffer frame) throws IOException {
    frameStart = writeOffset;
    if (writeOffset >= config.segmentBytes()) {
      roll();
      frameStart = writeOffset;
    }
    while (frame.hasRemaining()) {
      writeOffset += writer.write(frame, writeOffset);
    }
    if (config.fsync() == FsyncPolicy.ALWAYS) {
      writer.force(false);
      durable = new SpoolPosition(writeSegment, writeOffset);
    }
  }

  /** Cuts a partial frame; false when even that fails. */
  private boolean undo(long start, IOException e) {
    writeOffset = start;
    try {
      writer.truncate(start);
      return true;
    } catch (IOException again) {
      e.addSuppressed(again);
      return false;
    }
  }

  private void failed(long start, IOException e) {
    writeOffset = start;
    try {
      writer.truncate(start); // drop the partial frame so the segment stays readable
    } catch (IOException again) {
      e.addSuppressed(again);
    }
    appendFailures.incrementAndGet();
    writeError = "spool write failed in " + dir + ": " + e.getMessage();
    log.error("{} (the record is not kept; records before it are intact)", writeError);
    throw new SpoolException(writeError, e);
  }

  private void roll() throws IOException {
    writer.force(false);
    writer.close();
    durable = new SpoolPosition(writeSegment, writeOffset);
    openWriter(writeSegment + 1);
  }

  private void flushLoop() {
    while (open) {
      try {
        Thread.sleep(config.groupCommitMillis());
        flush();
        if (!reserve.held() && writeError == null) {
          reserve.ensure(System.currentTimeMillis()); // the disk has room again
        }
      } catch (InterruptedException e) {
        return;
      } catch (IOException e) {
        writeError = "spool fsync failed: " + e.getMessage();
        log.error(writeError);
      }
    }
  }

  /** Forces everything appended so far and makes it visible to the drainer. */
  void flush() throws IOException {
    SpoolPosition p;
    FileChannel ch;
    synchronized (writeLock) {
      p = new SpoolPosition(writeSegment, writeOffset);
      ch = writer;
    }
    if (p.compareTo(durable) <= 0) {
      return;
    }
    ch.force(false);
    synchronized (writeLock) {
      if (p.compareTo(durable) > 0) {
        durable = p;
      }
      writeLock.notifyAll();
    }
  }

  /** The next forced records after the last batch read, waiting up to {@code waitMillis}. */
  Batch read(int maxRecords, long waitMillis) throws IOException, InterruptedException {
    SpoolPosition limit = awaitDurable(waitMillis);
    if (readCursor.offset() >= limitIn(readCursor.segment(), limit)
        && readCursor.segment() < limit.segment()) {
      readCursor = new SpoolPosition(readCursor.segment() + 1, 0); // sealed segment done
    }
    long end = limitIn(readCursor.segment(), limit);
    if (readCursor.offset() >= end) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    long[] first = {0};
    SegmentScanner.Result r;
    try (FileChannel ch =
        FileChannel.open(SpoolFiles.segment(dir, readCursor.segment()), StandardOpenOption.READ)) {
      r =
          SegmentScanner.scan(
              ch,
              readCursor.offset(),
              end,
              maxRecords,
              (t, b, o, l) -> {
                if (lines.isEmpty()) {
                  first[0] = t;
                }
                lines.add(new String(b, o, l, StandardCharsets.UTF_8));
              });
    }
    if (r.damaged()) {
      throw new IOException("spool segment " + readCursor.segment() + ": " + r.problem());
    }
    headAppendMillis = first[0];
    long bytes = r.endOffset() - readCursor.offset();
    readCursor = new SpoolPosition(readCursor.segment(), r.endOffset());
    return new Batch(lines, readCursor, bytes, first[0]);
  }

  private SpoolPosition awaitDurable(long waitMillis) throws InterruptedException {
    synchronized (writeLock) {
      if (durable.compareTo(readCursor) <= 0 && waitMillis > 0) {
        writeLock.wait(waitMillis);
      }
      return durable;
    }
  }

  private long limitIn(long segment, SpoolPosition limit) throws IOException {
    if (segment < limit.segment()) {
      return Files.size(SpoolFiles.segment(dir, segment)); // sealed, forced at the roll
    }
    return segment == limit.segment() ? limit.offset() : 0;
  }

  /** The store confirmed {@code b}: move the committed offset past it, durably. */
  void commit(Batch b) throws IOException {
    SpoolFiles.writeCommitted(dir, b.end());
    for (long s = committed.segment(); s < b.end().segment(); s++) {
      Files.deleteIfExists(SpoolFiles.segment(dir, s));
    }
    committed = b.end();
    depthRecords.addAndGet(-b.lines().size());
    depthBytes.addAndGet(-b.bytes());
  }

  /** Depth, age of the oldest undrained record and write health, for /health and metrics. */
  public SpoolStats stats(long nowMillis) {
    long records = depthRecords.get();
    return new SpoolStats(
        records,
        depthBytes.get(),
        records == 0 || headAppendMillis == 0 ? 0 : Math.max(0, nowMillis - headAppendMillis),
        appendFailures.get(),
        writeError,
        recovered.truncatedBytes(),
        recovered.damagedRecords());
  }

  /** Problems found and repaired when the spool was opened (torn or damaged records). */
  public List<String> recoveryProblems() {
    return recovered.problems();
  }

  @Override
  public void close() throws IOException {
    open = false;
    flusher.interrupt();
    synchronized (writeLock) {
      writer.force(false);
      durable = new SpoolPosition(writeSegment, writeOffset);
      writer.close();
      writeLock.notifyAll();
    }
  }
}
