package io.plantaris.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resume folder on a real disk: what a restart reads back, and what the start-up sweep removes.
 */
class ResumeFilesTest {
  @TempDir Path dir;

  private static ResumePoint point(String person, long savedMillis, long shiftMicros) {
    return new ResumePoint(
        person, savedMillis, 1_000_000L, Map.of("dev-1", -5L), 42L, 2, List.of(), shiftMicros);
  }

  @Test
  void aSavedPointReadsBackWithItsWallShift() {
    ResumeFiles files = new ResumeFiles(dir);
    files.save(point("p1", 1_000, 3_600_000_000L));
    ResumePoint back = files.load("p1").orElseThrow();
    assertThat(back.wallShiftMicros()).isEqualTo(3_600_000_000L);
    assertThat(back.setsDone()).isEqualTo(2);
    assertThat(back.offsetMicros()).containsEntry("dev-1", -5L);
  }

  @Test
  void aFileWrittenBeforeTheShiftWasKeptReadsAsNoShift() throws Exception {
    ResumeFiles files = new ResumeFiles(dir);
    files.save(point("p1", 1_000, 0));
    Path file;
    try (var list = Files.list(dir)) {
      file = list.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
    }
    String old = Files.readString(file).replace(",\"wallShiftMicros\":0", "");
    assertThat(old).doesNotContain("wallShiftMicros");
    Files.writeString(file, old);
    ResumePoint back = files.load("p1").orElseThrow();
    assertThat(back.wallShiftMicros()).isZero();
    assertThat(back.lastFedMicros()).isEqualTo(42L);
  }

  @Test
  void theSweepRemovesPointsOlderThanTheSessionGapAndLeftoverTemporaries() throws Exception {
    ResumeFiles files = new ResumeFiles(dir);
    long now = System.currentTimeMillis();
    long gap = TimeUnit.HOURS.toMillis(2);
    files.save(point("fresh", now, 0));
    files.save(point("stale", now - TimeUnit.HOURS.toMillis(30), 0));
    Path stale = onlyFileOf(files, "stale");
    Files.setLastModifiedTime(stale, FileTime.fromMillis(now - TimeUnit.HOURS.toMillis(30)));
    Path leftover = Files.writeString(dir.resolve("resume.123.tmp"), "{\"half");
    Path other = Files.writeString(dir.resolve("README.txt"), "not ours");

    assertThat(files.sweep(now, gap)).isEqualTo(2);

    assertThat(stale).doesNotExist();
    assertThat(leftover).doesNotExist();
    assertThat(other).exists();
    assertThat(files.load("fresh")).isPresent();
    assertThat(files.load("stale")).isEmpty();
    assertThat(new ResumeFiles(dir.resolve("never-made")).sweep(now, gap)).isZero();
  }

  /** The file a save of {@code person} wrote (the only one whose content names the person). */
  private Path onlyFileOf(ResumeFiles files, String person) throws Exception {
    try (var list = Files.list(dir)) {
      return list.filter(
              f -> {
                try {
                  return Files.readString(f).contains("\"personId\":\"" + person + "\"");
                } catch (java.io.IOException e) {
                  return false;
                }
              })
          .findFirst()
          .orElseThrow();
    }
  }
}
