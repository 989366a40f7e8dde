package io.plantaris.store;

import static io.plantaris.programme.PainKind.DURING;
import static io.plantaris.programme.PainKind.NEXT_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepSide;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PainReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded QuestDB store: what goes in comes back, and a full spool replay adds nothing. */
class QuestDbStoreIT {
  private static final Logger log = LoggerFactory.getLogger(QuestDbStoreIT.class);
  static final long DAY = 86_400_000_000L;
  static final long MON = 1_740_960_000_000_000L; // Monday 2025-03-03 00:00 UTC
  static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");
  static final Instant TO = Instant.parse("2025-04-01T00:00:00Z");

  @TempDir Path tmp;

  private StoreConfig config() {
    return StoreConfig.embedded(tmp.resolve("questdb"), 0, SpoolConfig.of(tmp.resolve("spool")));
  }

  /** Alice: 3 sets on Monday, 2 on Wednesday; Bob: one set at exactly Alice's first times. */
  static List<Object> history() {
    List<Object> e = new ArrayList<>();
    long start = MON + 9 * 3600_000_000L;
    for (int s = 1; s <= 3; s++) {
      e.addAll(Events.set("alice", RepSide.LEFT, s, 12, start + (s - 1) * 200_000_000L));
    }
    for (int s = 1; s <= 2; s++) {
      e.addAll(Events.set("alice", RepSide.LEFT, s, 10, start + 2 * DAY + (s - 1) * 200_000_000L));
    }
    e.addAll(Events.set("bob", RepSide.RIGHT, 1, 8, start));
    return e;
  }

  @Test
  void everythingRecordedReadsBackAndAReplayAddsNothing() throws Exception {
    List<Object> events = history();
    long t0 = System.nanoTime();
    try (TimeSeriesStore store = TimeSeriesStore.open(config())) {
      long openMillis = (System.nanoTime() - t0) / 1_000_000;
      Events.feed(store, events);
      store.recordPain(new PainReport("alice", DURING, 3, at(MON + 10 * 3600_000_000L), null));
      store.recordPain(
          new PainReport("alice", DURING, 5, at(MON + 2 * DAY + 36_000_000_000L), "stiff"));
      store.recordPain(
          new PainReport("alice", NEXT_MORNING, 2, at(MON + DAY + 25_200_000_000L), null));
      Decision proposed = Events.decision("alice", at(MON + 2 * DAY + 40_000_000_000L));
      store.recordDecision(proposed);
      Decision accepted = proposed.accept("c1", at(MON + 3 * DAY), "agreed");
      store.recordDecision(accepted);
      store.recordDecision(accepted); // a resend is the same point
      assertThat(store.awaitDrained(60_000)).isTrue();
      log.info(
          "store open {} ms; embedded QuestDB start {} ms",
          openMillis,
          store.health().store().embeddedStartMillis());
      HistoryReader r = store.reader();
      List<StoredRep> reps = awaitCount(() -> r.reps("alice", FROM, TO), 56);
      assertThat(reps).hasSize(56);
      RepVerdict first = (RepVerdict) events.get(0);
      assertThat(reps.get(0).rep()).isEqualTo(first.rep());
      assertThat(reps.get(2).rep().uncertain()).as("rep 3 counts, with doubts").isTrue();
      assertThat(reps.get(2).rep().doubts()).isEqualTo(Events.UNCERTAIN);
      assertThat(reps.get(0).device()).isEqualTo("alice-L+alice-R");
      assertThat(reps.get(0).sessionStartMicros()).isEqualTo(first.rep().upStartMicros());
      assertThat(reps.stream().filter(x -> !x.rep().valid())).hasSize(2 + 2 + 2 + 2 + 2);
      assertThat(awaitCount(() -> r.reps("bob", FROM, TO), 8)).hasSize(8);

      List<StoredSession> sessions = awaitCount(() -> r.sessions("alice", FROM, TO), 2);
      assertThat(sessions).extracting(StoredSession::sets).containsExactly(3, 2);
      assertThat(sessions).extracting(StoredSession::reps).containsExactly(36, 20);
      List<StoredSet> sets = awaitCount(() -> r.sets("alice", FROM, TO), 5);
      assertThat(sets.get(3).sessionStartMicros()).isEqualTo(sessions.get(1).startMicros());
      assertThat(sets.get(0).meanAbsTempoErrorMillis()).isEqualTo(120.5);
      List<PainReport> pain = awaitCount(() -> r.painReports("alice", FROM, TO), 3);
      assertThat(pain.get(2).score()).isEqualTo(5);
      assertThat(pain.get(2).note()).isEqualTo("stiff");
      assertThat(pain.get(0).note()).isEmpty();
      List<Decision> d = awaitCount(() -> r.decisions("alice", FROM, TO), 2);
      assertThat(d).containsExactly(proposed, accepted);

      List<WeeklyTrend> weeks = r.weeklyTrends("alice", FROM, TO);
      assertThat(weeks).hasSize(1);
      WeeklyTrend w = weeks.get(0);
      assertThat(w.weekStart()).isEqualTo(LocalDate.parse("2025-03-03"));
      assertThat(List.of(w.sessions(), w.sets(), w.reps(), w.validReps()))
          .containsExactly(2, 5, 56, 46);
      assertThat(w.meanPainDuring()).isEqualTo(4.0);
      assertThat(w.maxPainNextMorning()).isEqualTo(2);
    }

    // Forget what was confirmed: the whole spool is sent again, as after a crash before a commit.
    Files.delete(tmp.resolve("spool").resolve("committed"));
    try (TimeSeriesStore store = TimeSeriesStore.open(config())) {
      assertThat(store.health().store().spool().depthRecords()).isEqualTo(events.size() + 6 + 6);
      // a marker rep after the replay: once it is visible, the replay before it is applied too
      store.onRep(Events.rep("alice", RepSide.LEFT, 9, 1, MON + 20 * DAY));
      assertThat(store.awaitDrained(60_000)).isTrue();
      HistoryReader r = store.reader();
      List<StoredRep> reps = awaitCount(() -> r.reps("alice", FROM, TO), 57);
      log.info("after a full replay: {} alice reps (56 + 1 marker expected)", reps.size());
      assertThat(reps).hasSize(57);
      assertThat(r.reps("bob", FROM, TO)).hasSize(8);
      assertThat(r.sessions("alice", FROM, TO)).hasSize(2); // session points come with sets
      assertThat(r.painReports("alice", FROM, TO)).hasSize(3);
      assertThat(r.decisions("alice", FROM, TO)).hasSize(2);
    }
  }

  static Instant at(long micros) {
    return RowsHistoryReader.instant(micros);
  }

  interface Read<T> {
    List<T> get() throws Exception;
  }

  /** QuestDB applies WAL writes asynchronously: poll until {@code n} rows are visible (or 30 s). */
  static <T> List<T> awaitCount(Read<T> read, int n) throws Exception {
    List<T> got = read.get();
    for (int i = 0; i < 300 && got.size() < n; i++) {
      Thread.sleep(100);
      got = read.get();
    }
    return got;
  }
}
