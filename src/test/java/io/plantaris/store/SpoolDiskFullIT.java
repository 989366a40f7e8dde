package io.plantaris.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepSide;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 "spool disk full" with a real full file system (a 4 MiB tmpfs mounted for the test; the
 * build runs as root here) and the real embedded QuestDB: while the disk is full the reps are
 * refused and counted, but the set and session summaries are written into the spool's reserve and
 * stored, and /health says DEGRADED with what is missing.
 */
class SpoolDiskFullIT {
  @TempDir Path tmp;
  private Path mount;

  @AfterEach
  void unmount() throws Exception {
    if (mount != null) {
      run("umount", mount.toString());
    }
  }

  @Test
  void setAndSessionSummariesAreKeptWhenTheDiskIsFull() throws Exception {
    mount = tmp.resolve("small-disk");
    Files.createDirectories(mount);
    run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString());
    Path spoolDir = mount.resolve("spool");
    StoreConfig cfg =
        StoreConfig.embedded(
            tmp.resolve("questdb"), 0, SpoolConfig.of(spoolDir).withSegmentBytes(64 * 1024));
    long start = QuestDbStoreIT.MON + 9 * 3600_000_000L;
    try (TimeSeriesStore store = TimeSeriesStore.open(cfg)) {
      assertThat(spoolDir.resolve(SpoolReserve.FILE)).hasSize(SpoolReserve.BYTES);
      Path filler = mount.resolve("filler");
      fill(filler);
      Events.feed(store, Events.set("alice", RepSide.LEFT, 1, 12, start));
      StoreHealth full = store.health().store();
      assertThat(full.healthy()).as("DEGRADED").isFalse();
      assertThat(full.notKept()).containsEntry(Points.REP, 12L).doesNotContainKey(Points.SET);
      assertThat(full.notKept()).doesNotContainKey(Points.SESSION);
      Files.delete(filler); // the disk has room again
      Events.feed(store, Events.set("alice", RepSide.LEFT, 2, 12, start + 200_000_000L));
      assertThat(store.awaitDrained(60_000)).isTrue();
      HistoryReader r = store.reader();
      List<StoredSet> sets =
          QuestDbStoreIT.awaitCount(
              () -> r.sets("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO), 2);
      assertThat(sets).extracting(StoredSet::setIndex).containsExactly(1, 2);
      assertThat(sets.get(0).repCount()).isEqualTo(12);
      List<StoredSession> sessions =
          QuestDbStoreIT.awaitCount(
              () -> {
                List<StoredSession> s = r.sessions("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO);
                return s.size() == 1 && s.get(0).sets() == 2 ? s : List.of();
              },
              1);
      assertThat(sessions).hasSize(1);
      assertThat(sessions.get(0).reps()).isEqualTo(24);
      // QuestDB applies each table's WAL on its own: sets being visible says nothing about reps.
      assertThat(
              QuestDbStoreIT.awaitCount(
                  () -> r.reps("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO), 12))
          .hasSize(12);
      StoreHealth after = store.health().store();
      assertThat(after.spool().writable()).isTrue();
      assertThat(after.healthy()).as("still DEGRADED: 12 reps are missing").isFalse();
      assertThat(after.toMap().get("recordsNotKept").toString()).contains("pl_rep=12");
    }
  }

  /** Writes until the file system refuses (ENOSPC). */
  private static void fill(Path filler) {
    byte[] block = new byte[64 * 1024];
    try (FileOutputStream out = new FileOutputStream(filler.toFile())) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      assertThat(full.getMessage()).contains("No space left on device");
    }
  }

  private static void run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + out).isZero();
  }
}
