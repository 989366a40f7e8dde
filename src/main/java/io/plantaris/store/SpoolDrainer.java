package io.plantaris.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that moves spooled points to the store, in order: it reads a batch of forced
 * records, writes it, and commits the spool offset only after the store confirmed; on failure it
 * keeps the same batch and retries with a growing pause, so the spool simply grows while the store
 * is down and drains when it is back. Points the store refuses as malformed (HTTP 4xx) are found by
 * halving the batch, moved to the {@link DeadLetters} file, and the spool goes on past them.
 */
final class SpoolDrainer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SpoolDrainer.class);
  static final long MIN_BACKOFF_MILLIS = 200;
  static final long MAX_BACKOFF_MILLIS = 5_000;

  private final Spool spool;
  private final PointWriter writer;
  private final int batchPoints;
  private final DeadLetters deadLetters;
  private final Thread thread;
  private final AtomicLong drainErrors = new AtomicLong();
  private final AtomicLong pointsWritten = new AtomicLong();
  private volatile boolean running = true;
  private volatile boolean storeUp;
  private volatile String lastError;

  SpoolDrainer(Spool spool, PointWriter writer, int batchPoints, DeadLetters deadLetters) {
    this.spool = spool;
    this.writer = writer;
    this.batchPoints = batchPoints;
    this.deadLetters = deadLetters;
    this.thread = new Thread(this::run, "spool-drainer");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void run() {
    long backoff = MIN_BACKOFF_MILLIS;
    boolean prepared = false;
    Spool.Batch pending = null;
    while (running) {
      try {
        if (!prepared) {
          writer.prepare();
          prepared = true;
          log.info("store ready: {}", writer.describe());
        }
        if (pending == null) {
          pending = spool.read(batchPoints, 100);
          if (pending == null) {
            continue;
          }
        }
        int refused = writeOrSetAside(pending.lines());
        spool.commit(pending);
        pointsWritten.addAndGet(pending.lines().size() - refused);
        pending = null;
        if (!storeUp) {
          log.info("store {} accepts writes", writer.describe());
        }
        storeUp = true;
        lastError = null;
        backoff = MIN_BACKOFF_MILLIS;
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        drainErrors.incrementAndGet();
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (storeUp || drainErrors.get() == 1) {
          log.warn("store {} unavailable, spooling: {}", writer.describe(), lastError);
        }
        storeUp = false;
        if (!pause(backoff)) {
          return;
        }
        backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
      }
    }
  }

  /**
   * Writes {@code lines}; when the store refuses them as malformed, writes each half on its own
   * until the refused points are single, and moves those to the dead-letter file. Returns how many
   * were moved. Any other failure propagates and the whole batch is retried (rewriting the points
   * that went through lands on the same points).
   */
  private int writeOrSetAside(List<String> lines) throws Exception {
    try {
      writer.write(lines);
      return 0;
    } catch (PointsRefusedException e) {
      if (lines.size() == 1) {
        deadLetters.add(lines.get(0), e.status(), e.getMessage());
        return 1;
      }
      int mid = lines.size() / 2;
      return writeOrSetAside(lines.subList(0, mid))
          + writeOrSetAside(lines.subList(mid, lines.size()));
    }
  }

  long deadLetters() {
    return deadLetters.count();
  }

  private boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      return false;
    }
  }

  /** Waits up to {@code millis} for the spool to be empty; true when it is. */
  boolean awaitDrained(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (spool.stats(System.currentTimeMillis()).depthRecords() > 0) {
      if (System.currentTimeMillis() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  long drainErrors() {
    return drainErrors.get();
  }

  long pointsWritten() {
    return pointsWritten.get();
  }

  boolean storeUp() {
    return storeUp;
  }

  String lastError() {
    return lastError;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
