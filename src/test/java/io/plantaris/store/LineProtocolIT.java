package io.plantaris.store;

import static io.plantaris.programme.PainKind.DURING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.analysis.RepSide;
import io.plantaris.programme.PainReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 row 4 against the real embedded QuestDB: free text with every character line protocol
 * treats specially is stored and read back, a line break no longer splits the point, and a point
 * the store refuses anyway goes to the dead-letter file instead of blocking every later point.
 */
class LineProtocolIT {
  static final long MON = QuestDbStoreIT.MON;

  @TempDir Path tmp;

  private StoreConfig config() {
    return StoreConfig.embedded(tmp.resolve("questdb"), 0, SpoolConfig.of(tmp.resolve("spool")));
  }

  @Test
  void aNoteWithALineBreakAndEveryEscapedCharacterIsStoredAndDoesNotBlockLaterPoints()
      throws Exception {
    String tricky = "it \"hurts\", a bit = 3\\10 at the heel, back\\";
    try (TimeSeriesStore store = TimeSeriesStore.open(config())) {
      store.recordPain(
          new PainReport("alice", DURING, 3, QuestDbStoreIT.at(MON + 3600_000_000L), tricky));
      store.recordPain(
          new PainReport(
              "alice", DURING, 4, QuestDbStoreIT.at(MON + 7200_000_000L), "line one\nline two"));
      Events.feed(store, Events.set("alice", RepSide.LEFT, 1, 12, MON + 9 * 3600_000_000L));
      assertThat(store.awaitDrained(60_000)).as("nothing stays stuck in the spool").isTrue();
      assertThat(store.health().store().drainErrors()).isZero();
      assertThat(store.health().store().deadLetters()).isZero();
      HistoryReader r = store.reader();
      assertThat(
              QuestDbStoreIT.awaitCount(
                  () -> r.reps("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO), 12))
          .hasSize(12);
      List<PainReport> pain =
          QuestDbStoreIT.awaitCount(
              () -> r.painReports("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO), 2);
      assertThat(pain).extracting(PainReport::note).containsExactly(tricky, "line one line two");
    }
  }

  @Test
  void aPointTheStoreRefusesGoesToTheDeadLetterFileAndTheSpoolGoesOn() throws Exception {
    Path spoolDir = tmp.resolve("spool");
    long t = MON + 3600_000_000L;
    List<String> refused =
        List.of(
            "pl_pain,patient=alice,kind=DURING score=\"three\" " + t, // a text in a LONG column
            "this is not line protocol at all");
    try (Spool spool = Spool.open(SpoolConfig.of(spoolDir))) {
      spool.append(Points.pain(new PainReport("alice", DURING, 2, QuestDbStoreIT.at(t), "")), 1);
      spool.append(refused.get(0), 2);
      spool.append(refused.get(1), 3);
      spool.append(
          Points.pain(new PainReport("alice", DURING, 5, QuestDbStoreIT.at(t + 1000), "")), 4);
    }
    try (TimeSeriesStore store = TimeSeriesStore.open(config())) {
      Events.feed(store, Events.set("alice", RepSide.LEFT, 1, 12, MON + 9 * 3600_000_000L));
      assertThat(store.awaitDrained(60_000)).as("the refused points do not block").isTrue();
      HistoryReader r = store.reader();
      assertThat(
              QuestDbStoreIT.awaitCount(
                  () -> r.reps("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO), 12))
          .hasSize(12);
      // each table's WAL is applied on its own: wait for the pain rows too
      assertThat(
              QuestDbStoreIT.awaitCount(
                  () -> r.painReports("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO), 2))
          .extracting(PainReport::score)
          .containsExactly(2, 5);
      assertThat(store.health().store().deadLetters()).isEqualTo(2);
      assertThat(store.health().store().pointsWritten()).isEqualTo(2 + 12 + 2);
    }
    List<String> dead = Files.readAllLines(spoolDir.resolve(DeadLetters.FILE));
    assertThat(dead).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < 2; i++) {
      JsonNode n = json.readTree(dead.get(i));
      assertThat(n.get("line").asText()).isEqualTo(refused.get(i));
      assertThat(n.get("status").asInt()).isBetween(400, 499);
    }
  }
}
