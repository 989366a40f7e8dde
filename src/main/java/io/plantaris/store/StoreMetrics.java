package io.plantaris.store;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes the store's health as Micrometer meters (Prometheus names): spool depth in records and
 * bytes ({@code plantaris_spool_depth_records}, {@code plantaris_spool_depth_bytes}), age of the
 * oldest undrained record ({@code plantaris_spool_oldest_age_seconds}), whether the spool can write
 * and the store accepts writes, drain errors, append failures and points written.
 */
public final class StoreMetrics {
  private StoreMetrics() {}

  public static void bind(TimeSeriesStore store, MeterRegistry registry) {
    Gauge.builder(
            "plantaris.spool.depth.records", store, s -> s.health().store().spool().depthRecords())
        .description("records spooled on disk, not yet confirmed by the store")
        .register(registry);
    Gauge.builder(
            "plantaris.spool.depth.bytes", store, s -> s.health().store().spool().depthBytes())
        .register(registry);
    Gauge.builder(
            "plantaris.spool.oldest.age.seconds",
            store,
            s -> s.health().store().spool().oldestAgeMillis() / 1000.0)
        .description("how long the oldest undrained record has waited")
        .register(registry);
    Gauge.builder(
            "plantaris.spool.writable", store, s -> s.health().store().spool().writable() ? 1 : 0)
        .register(registry);
    Gauge.builder(
            "plantaris.spool.damaged.records",
            store,
            s -> s.health().store().spool().damagedRecords())
        .description("damaged spool records dropped at start (intact ones around them kept)")
        .register(registry);
    Gauge.builder("plantaris.store.up", store, s -> s.health().store().storeUp() ? 1 : 0)
        .register(registry);
    FunctionCounter.builder(
            "plantaris.store.drain.errors", store, s -> s.health().store().drainErrors())
        .register(registry);
    FunctionCounter.builder(
            "plantaris.spool.append.failures",
            store,
            s -> s.health().store().spool().appendFailures())
        .register(registry);
    FunctionCounter.builder(
            "plantaris.store.points.written", store, s -> s.health().store().pointsWritten())
        .register(registry);
    FunctionCounter.builder(
            "plantaris.store.bad.rows", store, s -> s.health().store().badRowsSkipped())
        .description("stored rows the readers skipped as unreadable (forged or damaged)")
        .register(registry);
    FunctionCounter.builder(
            "plantaris.store.dead.letters", store, s -> s.health().store().deadLetters())
        .description("points the store refused as malformed, kept in the dead-letter file")
        .register(registry);
  }
}
