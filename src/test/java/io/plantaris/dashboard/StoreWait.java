package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.registry.jdbc.TestRegistry;
import io.plantaris.store.HistoryReader;
import io.plantaris.store.TimeSeriesStore;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a {@link ClinicianHistory} into a fixture's store and waits until it reads back. */
final class StoreWait {
  private static final Logger log = LoggerFactory.getLogger(StoreWait.class);

  private StoreWait() {}

  static void write(DashboardFixture f, ClinicianHistory h) throws Exception {
    TimeSeriesStore store = f.service.store();
    long t0 = System.nanoTime();
    h.write(store, TestRegistry.at(f.config.registryFile()));
    assertThat(store.awaitDrained(60_000)).as("spool drained into QuestDB").isTrue();
    // QuestDB applies WAL writes asynchronously: wait until the newest points are visible
    HistoryReader r = store.reader();
    Instant from = h.now.minusSeconds(60L * 86_400);
    Instant to = h.now.plusSeconds(86_400);
    int want = h.sessions.get("p1").size() + h.sessions.get("p2").size();
    int pain = 2 * want;
    for (int i = 0; i < 300; i++) {
      int got = r.sessions("p1", from, to).size() + r.sessions("p2", from, to).size();
      int gotPain = r.painReports("p1", from, to).size() + r.painReports("p2", from, to).size();
      int reps = r.reps("p1", from, to).size();
      if (got == want
          && gotPain == pain
          && reps == h.sessions.get("p1").size() * ClinicianHistory.SETS * ClinicianHistory.REPS) {
        log.info(
            "history of {} sessions ({} events) written and visible in {} ms",
            want,
            h.events,
            (System.nanoTime() - t0) / 1_000_000);
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the store did not show the written history within 30 s");
  }
}
