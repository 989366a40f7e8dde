package io.plantaris.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepSide;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load benchmark: reps through the store listener (line building, spool append with group-commit
 * fsync every 10 ms) and the drainer into the embedded QuestDB, end to end. Bar: 100,000 points/s
 * sustained. {@code -Dplantaris.bench.points=N} changes the volume (default 1,000,000).
 */
class SpoolThroughputIT {
  private static final Logger log = LoggerFactory.getLogger(SpoolThroughputIT.class);

  @TempDir Path tmp;

  @Test
  void aMillionRepsGoThroughTheSpoolIntoQuestDbAtOver100kPerSecond() throws Exception {
    int n = Integer.getInteger("plantaris.bench.points", 1_000_000);
    StoreConfig cfg =
        StoreConfig.embedded(tmp.resolve("questdb"), 0, SpoolConfig.of(tmp.resolve("spool")))
            .withBatchPoints(
                Integer.getInteger("plantaris.bench.batch", StoreConfig.DEFAULT_BATCH_POINTS));
    try (TimeSeriesStore store = TimeSeriesStore.open(cfg)) {
      // the embedded QuestDB starts in the background; measure the steady state, not its start
      store.onRep(Events.rep("warm", RepSide.LEFT, 1, 1, 1_600_000_000_000_000L));
      assertThat(store.awaitDrained(120_000)).isTrue();
      long base = 1_700_000_000_000_000L;
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        // 100 patients, each foot's reps 8 s apart: every point a distinct identity
        store.onRep(
            Events.rep(
                "p" + (i % 100), RepSide.LEFT, 1, 1 + i / 100, base + (i / 100) * 8_000_000L));
      }
      double appendSeconds = (System.nanoTime() - t0) / 1e9;
      assertThat(store.awaitDrained(300_000)).isTrue();
      double totalSeconds = (System.nanoTime() - t0) / 1e9;
      double rate = n / totalSeconds;
      QuestDbSql sql = new QuestDbSql(store.sqlUrl(), store.sqlCredentials());
      log.info(
          "{} points: appended to the spool in {} s ({} /s), confirmed by QuestDB after {} s:"
              + " {} points/s sustained (fsync GROUP 10 ms, batches of {})",
          n,
          String.format("%.2f", appendSeconds),
          String.format("%.0f", n / appendSeconds),
          String.format("%.2f", totalSeconds),
          String.format("%.0f", rate),
          cfg.batchPoints());
      assertThat(store.health().store().drainErrors()).isZero();
      long rows = 0;
      for (int i = 0; i < 600 && rows < n + 1; i++) {
        rows = (Long) sql.query("SELECT count() c FROM pl_rep").get(0).get("c");
        Thread.sleep(rows < n + 1 ? 100 : 0);
      }
      assertThat(rows).isEqualTo(n + 1);
    }
    // for comparison: the per-record fsync policy, append only
    try (Spool s =
        Spool.open(SpoolConfig.of(tmp.resolve("always")).withFsync(FsyncPolicy.ALWAYS, 1))) {
      String line =
          Points.rep(new StoredRep("p", "d", 0, Events.rep("p", RepSide.LEFT, 1, 1, 0).rep()));
      long t0 = System.nanoTime();
      for (int i = 0; i < 2000; i++) {
        s.append(line, 0);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      log.info(
          "fsync ALWAYS: 2000 appends in {} s = {} records/s",
          String.format("%.2f", seconds),
          String.format("%.0f", 2000 / seconds));
      assertThat(s.stats(0).depthRecords()).isEqualTo(2000);
    }
  }
}
