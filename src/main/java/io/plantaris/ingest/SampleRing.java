package io.plantaris.ingest;

import io.plantaris.insole.InsoleSample;

/**
 * A fixed ring of preallocated samples waiting to be merged in time order with the other insole of
 * the same person; nothing is allocated per sample.
 */
final class SampleRing {
  private final InsoleSample[] slots;
  private final long[] arrivalMillis;
  private int head;
  private int size;

  SampleRing(int capacity, int cellCount) {
    slots = new InsoleSample[capacity];
    arrivalMillis = new long[capacity];
    for (int i = 0; i < capacity; i++) {
      slots[i] = new InsoleSample(cellCount);
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean isFull() {
    return size == slots.length;
  }

  /**
   * Copies {@code s} in with its time replaced by {@code timeMicros}, remembering when the bytes
   * carrying it reached the service (wall millis); the ring must not be full.
   */
  void push(InsoleSample s, long timeMicros, long arrivedMillis) {
    int i = (head + size) % slots.length;
    slots[i].copyFrom(s);
    slots[i].timeMicros = timeMicros;
    arrivalMillis[i] = arrivedMillis;
    size++;
  }

  InsoleSample peek() {
    return slots[head];
  }

  /** When the oldest sample's bytes reached the service (wall millis). */
  long oldestArrivalMillis() {
    return arrivalMillis[head];
  }

  long newestMicros() {
    return slots[(head + size - 1) % slots.length].timeMicros;
  }

  /** Removes the oldest sample; the returned buffer stays valid until the next push. */
  InsoleSample poll() {
    InsoleSample s = slots[head];
    head = (head + 1) % slots.length;
    size--;
    return s;
  }
}
