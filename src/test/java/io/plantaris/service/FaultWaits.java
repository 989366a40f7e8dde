package io.plantaris.service;

import io.plantaris.ingest.DeviceStats;
import io.plantaris.ingest.IngestService;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What the fault tests poll for: one stream's counters, and a condition within a minute. */
final class FaultWaits {
  /** Generous: a loaded two-core machine restarts a broker or a socat pair slowly. */
  static final long WAIT_MILLIS = 60_000;

  private FaultWaits() {}

  static DeviceStats stats(IngestService service, String key) {
    return service.devices().stream()
        .filter(d -> d.streamKey().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no stream " + key + ": " + service.devices()));
  }

  static void await(String what, BooleanSupplier done, Supplier<?> state)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "after " + WAIT_MILLIS + " ms still waiting for " + what + "; state: " + state.get());
      }
      Thread.sleep(20);
    }
  }
}
