package io.plantaris.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpoolTest {
  @TempDir Path dir;

  private static String line(int i) {
    return "pl_rep,patient=p" + (i % 7) + " set_index=" + i + "i " + (1_700_000_000_000_000L + i);
  }

  private static List<String> drainAll(Spool s) throws Exception {
    List<String> out = new ArrayList<>();
    for (Spool.Batch b = s.read(100, 0); b != null; b = s.read(100, 0)) {
      out.addAll(b.lines());
      s.commit(b);
    }
    return out;
  }

  @Test
  void recordsComeOutInOrderOnceCommittedAndSurviveAReopen() throws Exception {
    SpoolConfig cfg = SpoolConfig.of(dir).withFsync(FsyncPolicy.ALWAYS, 10).withSegmentBytes(4096);
    List<String> expected = new ArrayList<>();
    try (Spool s = Spool.open(cfg)) {
      for (int i = 0; i < 500; i++) {
        s.append(line(i), 1000 + i);
        expected.add(line(i));
      }
      assertThat(s.stats(2000).depthRecords()).isEqualTo(500);
      assertThat(s.stats(2000).oldestAgeMillis()).isEqualTo(1000);
      Spool.Batch first = s.read(100, 0);
      assertThat(first.lines())
          .containsExactlyElementsOf(expected.subList(0, first.lines().size()));
      s.commit(first);
      assertThat(s.stats(2000).depthRecords()).isEqualTo(500 - first.lines().size());
      // not committed: must come back after a restart
      s.read(100, 0);
      expected = expected.subList(first.lines().size(), 500);
    }
    try (Spool s = Spool.open(cfg)) {
      assertThat(s.stats(0).depthRecords()).isEqualTo(expected.size());
      assertThat(drainAll(s)).containsExactlyElementsOf(expected);
      assertThat(s.stats(0).depthRecords()).isZero();
      assertThat(s.stats(0).depthBytes()).isZero();
    }
    // drained segments are deleted; only the one being written remains
    assertThat(SpoolFiles.segments(dir)).hasSize(1);
  }

  @Test
  void groupCommitShowsRecordsToTheDrainerOnlyOnceForced() throws Exception {
    SpoolConfig cfg = SpoolConfig.of(dir).withFsync(FsyncPolicy.GROUP, 50);
    try (Spool s = Spool.open(cfg)) {
      s.append(line(1), 1);
      Spool.Batch b = s.read(10, 1000); // waits for the flusher (50 ms)
      assertThat(b.lines()).containsExactly(line(1));
    }
  }

  @Test
  void aTornTailIsCutAndEverythingBeforeItKept() throws Exception {
    SpoolConfig cfg = SpoolConfig.of(dir).withFsync(FsyncPolicy.ALWAYS, 10);
    try (Spool s = Spool.open(cfg)) {
      for (int i = 0; i < 100; i++) {
        s.append(line(i), i);
      }
    }
    Path seg = SpoolFiles.segment(dir, 0);
    long size = Files.size(seg);
    try (RandomAccessFile f = new RandomAccessFile(seg.toFile(), "rw")) {
      f.setLength(size - 5); // the last record was being written when the power went
    }
    try (Spool s = Spool.open(cfg)) {
      assertThat(s.recoveryProblems()).hasSize(1);
      assertThat(s.recoveryProblems().get(0))
          .contains("record cut short")
          .contains("99 intact record(s) kept");
      assertThat(s.stats(0).depthRecords()).isEqualTo(99);
      assertThat(s.stats(0).damagedRecords()).isEqualTo(1);
      s.append(line(100), 0); // appending continues right after the last intact record
      List<String> out = drainAll(s);
      assertThat(out).hasSize(100).startsWith(line(0)).endsWith(line(100));
      assertThat(out).doesNotContain(line(99));
    }
  }

  /** One flipped bit anywhere in record 5 of 40 (length, CRC, time, payload): 39 are kept. */
  @ParameterizedTest
  @ValueSource(ints = {0, 3, 5, 10, SpoolFrame.HEADER_BYTES + 3})
  void aDamagedRecordIsSkippedAndEveryIntactRecordAfterItKept(int byteInRecord) throws Exception {
    SpoolConfig cfg = SpoolConfig.of(dir).withFsync(FsyncPolicy.ALWAYS, 10);
    try (Spool s = Spool.open(cfg)) {
      for (int i = 0; i < 40; i++) {
        s.append(line(i), i);
      }
    }
    Path seg = SpoolFiles.segment(dir, 0);
    long recordBytes = Files.size(seg) / 40; // equal-length lines
    try (RandomAccessFile f = new RandomAccessFile(seg.toFile(), "rw")) {
      long at = 4 * recordBytes + byteInRecord;
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ (byteInRecord == 0 ? 0x01 : 0x20)); // one flipped bit in record 5
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      if (i != 4) {
        expected.add(line(i));
      }
    }
    try (Spool s = Spool.open(cfg)) {
      assertThat(s.recoveryProblems()).hasSize(1);
      assertThat(s.recoveryProblems().get(0))
          .contains("damaged record at byte " + 4 * recordBytes)
          .contains("1 damaged record(s) dropped, 39 intact record(s) kept");
      assertThat(s.stats(0).depthRecords()).isEqualTo(39);
      assertThat(s.stats(0).damagedRecords()).isEqualTo(1);
      assertThat(s.stats(0).truncatedBytes()).isEqualTo(recordBytes);
      s.append(line(40), 0);
      expected.add(line(40));
      assertThat(drainAll(s)).containsExactlyElementsOf(expected);
    }
    try (Spool s = Spool.open(cfg)) { // the repair was written: nothing damaged any more
      assertThat(s.recoveryProblems()).isEmpty();
    }
  }

  @Test
  void aFullDiskIsAClearErrorAndKeepsWhatWasWritten() throws Exception {
    Path full = Path.of("/dev/full"); // Linux: every write fails with ENOSPC
    SpoolConfig cfg = SpoolConfig.of(dir).withFsync(FsyncPolicy.ALWAYS, 10).withSegmentBytes(4096);
    // the next segment sits on a device that is always full
    int written = 0;
    try (Spool s = Spool.open(cfg)) {
      Files.createSymbolicLink(SpoolFiles.segment(dir, 1), full);
      try {
        for (; written < 1000; written++) {
          s.append(line(written), 5);
        }
      } catch (SpoolException e) {
        assertThat(e.getMessage()).contains("No space left on device");
      }
      assertThat(written).isBetween(10, 999);
      SpoolStats st = s.stats(5);
      assertThat(st.writable()).isFalse();
      assertThat(st.appendFailures()).isEqualTo(1);
      assertThat(st.depthRecords()).isEqualTo(written);
      assertThatThrownBy(() -> s.append(line(0), 5)).isInstanceOf(SpoolException.class);
      Spool.Batch b = s.read(10_000, 0);
      assertThat(b.lines()).hasSize(written).startsWith(line(0));
    } catch (IOException closeOnFullDevice) {
      // closing forces the full device; the records before it were already checked above
    }
  }
}
