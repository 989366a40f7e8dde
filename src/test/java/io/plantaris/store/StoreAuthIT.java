package io.plantaris.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepSide;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 row 2 against the real embedded QuestDB: its SQL and write endpoints refuse anyone
 * without the service's secret (a local process, a web page's {@code <img>}), the service itself
 * still writes and reads, and a forged row is skipped and counted instead of breaking the reads.
 */
class StoreAuthIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static final long MON = QuestDbStoreIT.MON;

  @TempDir Path tmp;

  @Test
  void withoutTheSecretNothingIsReadWrittenOrDropped() throws Exception {
    StoreConfig cfg =
        StoreConfig.embedded(tmp.resolve("questdb"), 0, SpoolConfig.of(tmp.resolve("spool")));
    try (TimeSeriesStore store = TimeSeriesStore.open(cfg)) {
      Events.feed(store, Events.set("alice", RepSide.LEFT, 1, 12, MON + 9 * 3600_000_000L));
      assertThat(store.awaitDrained(60_000)).isTrue();
      String url = store.sqlUrl();
      HistoryReader r = store.reader();
      assertThat(
              QuestDbStoreIT.awaitCount(
                  () -> r.reps("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO), 12))
          .hasSize(12);

      // what a page on another local origin can do with <img src=...>: a plain GET
      assertThat(get(url, "/exec?query=" + enc("DROP TABLE pl_rep"), null)).isEqualTo(401);
      assertThat(get(url, "/exec?query=" + enc("SELECT * FROM pl_rep"), null)).isEqualTo(401);
      assertThat(get(url, "/exp?query=" + enc("SELECT * FROM pl_rep"), null)).isEqualTo(401);
      String forged =
          "pl_rep,patient=alice,device=x,side=LEFT,exercise=heel_raise valid=true "
              + (MON + 10 * 3600_000_000L)
              + "\n";
      assertThat(post(url, "/api/v2/write?precision=us", forged, null)).isEqualTo(401);
      assertThat(post(url, "/write?precision=u", forged, null)).isEqualTo(401);
      StoreCredentials wrong = new StoreCredentials("plantaris", "guess");
      assertThat(get(url, "/exec?query=" + enc("DROP TABLE pl_rep"), wrong)).isEqualTo(401);
      assertThat(post(url, "/api/v2/write?precision=us", forged, wrong)).isEqualTo(401);

      // nothing was dropped or added: the service, with its secret, still reads its 12 reps
      assertThat(r.reps("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO)).hasSize(12);
      assertThat(store.health().store().badRowsSkipped()).isZero();
    }
  }

  @Test
  void aForgedRowIsSkippedAndCountedAndTheTrendsStillAnswer() throws Exception {
    StoreConfig cfg =
        StoreConfig.embedded(tmp.resolve("questdb"), 0, SpoolConfig.of(tmp.resolve("spool")));
    try (TimeSeriesStore store = TimeSeriesStore.open(cfg)) {
      long start = MON + 9 * 3600_000_000L;
      Events.feed(store, Events.set("alice", RepSide.LEFT, 1, 12, start));
      assertThat(store.awaitDrained(60_000)).isTrue();
      String url = store.sqlUrl();
      long t = MON + 11 * 3600_000_000L;
      // rows a careless tool (or an attacker who had the secret) could leave: missing columns,
      // names no enum has, a session without its counts
      String forged =
          "pl_rep,patient=alice,device=x,side=SIDEWAYS,exercise=heel_raise valid=true "
              + t
              + "\npl_rep,patient=alice,device=x,side=LEFT,exercise=heel_raise valid=true "
              + (t + 1)
              + "\npl_set,patient=alice,device=x,exercise=heel_raise rm_signal=\"BOGUS\",reps=3i "
              + t
              + "\npl_session,patient=alice,exercise=heel_raise tut_ms=5i "
              + t
              + "\npl_pain,patient=alice,kind=SOMETIMES score=4i "
              + t
              + "\n";
      assertThat(post(url, "/api/v2/write?precision=us", forged, store.sqlCredentials()))
          .isEqualTo(204);
      HistoryReader r = store.reader();
      List<StoredRep> reps =
          QuestDbStoreIT.awaitCount(
              () -> {
                List<StoredRep> got = r.reps("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO);
                // wait until QuestDB applied the forged rows too (they are skipped when read)
                return store.health().store().badRowsSkipped() >= 2 ? got : List.of();
              },
              12);
      assertThat(reps).hasSize(12);
      assertThat(
              QuestDbStoreIT.awaitCount(
                  () -> r.sets("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO), 1))
          .hasSize(1);
      assertThat(
              QuestDbStoreIT.awaitCount(
                  () -> r.sessions("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO), 1))
          .hasSize(1);
      List<WeeklyTrend> weeks = r.weeklyTrends("alice", QuestDbStoreIT.FROM, QuestDbStoreIT.TO);
      assertThat(weeks).hasSize(1);
      assertThat(weeks.get(0).reps()).isEqualTo(12);
      assertThat(store.health().store().badRowsSkipped()).isGreaterThanOrEqualTo(5);
      assertThat(store.health().store().toMap()).containsKey("badRowsSkipped");
    }
  }

  private static String enc(String sql) {
    return URLEncoder.encode(sql, StandardCharsets.UTF_8);
  }

  private static int get(String base, String path, StoreCredentials c) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (c != null) {
      b.header("Authorization", c.authorization());
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static int post(String base, String path, String body, StoreCredentials c)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (c != null) {
      b.header("Authorization", c.authorization());
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
