package io.plantaris.ingest.serial;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a generous deadline, since the build machine is shared and busy. */
final class Poll {
  private Poll() {}

  /** Polls every 20 ms; fails with {@code what} and the last {@code state} after the deadline. */
  static void until(long timeoutMillis, String what, Supplier<?> state, BooleanSupplier done)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "after " + timeoutMillis + " ms still waiting for " + what + "; state: " + state.get());
      }
      Thread.sleep(20);
    }
  }
}
