package io.plantaris.dashboard;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One open live page: a bounded queue of encoded events that the page's own HTTP thread sends. A
 * viewer that cannot keep up loses samples (counted), never the pipeline's time.
 */
public final class LiveViewer {
  /** Four seconds of samples of two insoles at 25 Hz, plus reps. */
  static final int QUEUE_EVENTS = 256;

  /** An event name and its JSON. */
  public record Event(String name, String data) {}

  private final ArrayBlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE_EVENTS);
  private final AtomicLong dropped = new AtomicLong();

  void offer(String name, String data) {
    if (!queue.offer(new Event(name, data))) {
      dropped.incrementAndGet();
    }
  }

  /** The next event, or null after {@code millis} without one. */
  public Event next(long millis) throws InterruptedException {
    return queue.poll(millis, TimeUnit.MILLISECONDS);
  }

  public long dropped() {
    return dropped.get();
  }
}
