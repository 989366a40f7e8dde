package io.plantaris.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepSide;
import io.plantaris.ingest.RepVerdict;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 row 15 / issue 15 "one flipped byte", through the real embedded QuestDB: one flipped bit
 * in spool record 5 of 40 loses that record only; the 39 others are stored and /health says
 * DEGRADED with the count.
 */
class SpoolDamageIT {
  @TempDir Path tmp;

  @Test
  void oneFlippedBitInRecord5Of40Loses1AndStores39() throws Exception {
    Path spoolDir = tmp.resolve("spool");
    long start = QuestDbStoreIT.MON + 9 * 3600_000_000L;
    try (Spool spool = Spool.open(SpoolConfig.of(spoolDir).withFsync(FsyncPolicy.ALWAYS, 10))) {
      for (int i = 1; i <= 40; i++) {
        RepVerdict v = Events.rep("alice", RepSide.LEFT, 1, i, start + i * Events.REP_MICROS);
        spool.append(Points.rep(new StoredRep("alice", "alice-L", start, v.rep())), 1000 + i);
      }
    }
    Path seg = SpoolFiles.segment(spoolDir, 0);
    long at = recordStart(seg, 4) + SpoolFrame.HEADER_BYTES + 20;
    try (RandomAccessFile f = new RandomAccessFile(seg.toFile(), "rw")) {
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0x04);
    }
    StoreConfig cfg = StoreConfig.embedded(tmp.resolve("questdb"), 0, SpoolConfig.of(spoolDir));
    try (TimeSeriesStore store = TimeSeriesStore.open(cfg)) {
      assertThat(store.awaitDrained(60_000)).isTrue();
      HistoryReader r = store.reader();
      List<StoredRep> reps =
          QuestDbStoreIT.awaitCount(
              () -> r.reps("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO), 39);
      assertThat(reps).hasSize(39);
      assertThat(reps).extracting(x -> x.rep().repIndex()).doesNotContain(5).contains(4, 6, 40);
      StoreHealth h = store.health().store();
      assertThat(h.healthy()).as("DEGRADED in /health").isFalse();
      assertThat(h.toMap()).containsEntry("spoolDamagedRecordsAtStart", 1L);
      assertThat(h.pointsWritten()).isEqualTo(39);
    }
  }

  /** Byte offset of record {@code index} (0-based), walking the frames' lengths. */
  private static long recordStart(Path seg, int index) throws Exception {
    byte[] data = Files.readAllBytes(seg);
    long pos = 0;
    for (int i = 0; i < index; i++) {
      pos += SpoolFrame.HEADER_BYTES + java.nio.ByteBuffer.wrap(data).getInt((int) pos);
    }
    return pos;
  }
}
