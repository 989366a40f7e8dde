package io.plantaris.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every rep kept exactly once through a store outage and a SIGKILL in the middle of a drain: a
 * child JVM feeds reps into the spool while QuestDB (in this JVM) is stopped for {@code
 * -Dplantaris.it.outageSeconds} (default 25), restarted, and the child is killed with SIGKILL while
 * the backlog drains; a second child replays the spool, goes on, and drains. Then QuestDB holds
 * every acknowledged rep once, and no identity twice.
 */
class StoreOutageKillIT {
  private static final Logger log = LoggerFactory.getLogger(StoreOutageKillIT.class);
  private static final int REPS_PER_SECOND = 2000;

  @TempDir Path tmp;
  private final StoreCredentials credentials = StoreCredentials.random("plantaris");

  @Test
  void everyRepIsStoredExactlyOnceAfterAnOutageAndAKill() throws Exception {
    long outageSeconds = Long.getLong("plantaris.it.outageSeconds", 25);
    int port = freePort();
    Path qdbDir = tmp.resolve("questdb");
    Path spool = tmp.resolve("spool");
    Path acked = tmp.resolve("acked.log");
    String url = "http://127.0.0.1:" + port;
    long base1 = 1_750_000_000_000_000L;
    long base2 = base1 + 30L * 86_400_000_000L;

    EmbeddedQuestDb db = EmbeddedQuestDb.start(qdbDir, "127.0.0.1", port, credentials);
    Process child = startChild(spool, url, acked, base1, 600);
    QuestDbSql sql = new QuestDbSql(url, credentials);
    awaitRows(sql, 1000);
    db.close();
    log.info("QuestDB stopped; the child keeps spooling for {} s", outageSeconds);
    Thread.sleep(outageSeconds * 1000);
    long spooled = Files.lines(acked).count();
    long depth = depthBytes(spool);
    log.info("during the outage: {} reps acknowledged, spool {} bytes", spooled, depth);
    assertThat(child.isAlive()).isTrue();
    assertThat(depth).isGreaterThan(1_000_000);

    long t0 = System.nanoTime();
    db = EmbeddedQuestDb.start(qdbDir, "127.0.0.1", port, credentials);
    log.info("QuestDB restarted in {} ms", (System.nanoTime() - t0) / 1_000_000);
    // kill once the drain is under way (the committed offset moved) but far from done
    String before = committed(spool);
    String committed = before;
    for (int i = 0; i < 1500 && committed.equals(before); i++) {
      Thread.sleep(10);
      committed = committed(spool);
    }
    assertThat(committed).as("the drain resumed after the restart").isNotEqualTo(before);
    long leftBytes = depthBytes(spool);
    child.destroyForcibly(); // SIGKILL
    child.waitFor(30, TimeUnit.SECONDS);
    log.info(
        "child killed (exit {}) mid-drain: committed moved from [{}] to [{}], {} bytes left",
        child.exitValue(),
        before,
        committed,
        leftBytes);
    assertThat(child.exitValue()).isEqualTo(137);
    assertThat(leftBytes).isGreaterThan(depth / 2);

    Process second = startChild(spool, url, acked, base2, 5);
    assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).isZero();

    Set<String> ackedReps = new HashSet<>(Files.readAllLines(acked));
    long rows = awaitRows(sql, ackedReps.size());
    long distinct =
        (Long)
            sql.query(
                    "SELECT count() c FROM (SELECT DISTINCT timestamp, patient, device, side,"
                        + " exercise FROM pl_rep)")
                .get(0)
                .get("c");
    List<String> missing = new ArrayList<>();
    for (var row : sql.query("SELECT patient, timestamp FROM pl_rep")) {
      ackedReps.remove(row.get("patient") + " " + row.get("time"));
    }
    missing.addAll(ackedReps);
    log.info(
        "acknowledged reps {}, rows in pl_rep {}, distinct identities {}, acknowledged but missing {}",
        Files.lines(acked).count(),
        rows,
        distinct,
        missing.size());
    assertThat(missing).as("acknowledged reps missing from the store").isEmpty();
    assertThat(rows).as("no rep stored twice").isEqualTo(distinct);
    // at most the reps spooled but not yet logged when the kill came (one per patient at most)
    assertThat(rows - Files.lines(acked).count()).isBetween(0L, 20L);
    db.close();
  }

  private Process startChild(Path spool, String url, Path acked, long base, long seconds)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(StoreChildMain.class.getName());
    cmd.addAll(StoreChildMain.args(spool, url, acked, base, seconds, REPS_PER_SECOND));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put(StoreChildMain.PASSWORD_ENV, credentials.password());
    return pb.redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("child.log").toFile()))
        .start();
  }

  private static String committed(Path spool) throws IOException {
    Path c = spool.resolve("committed");
    return Files.exists(c) ? Files.readString(c).trim() : "";
  }

  private static long depthBytes(Path spool) throws IOException {
    long total = 0;
    for (long s : SpoolFiles.segments(spool)) {
      total += Files.size(SpoolFiles.segment(spool, s));
    }
    SpoolPosition c = SpoolFiles.readCommitted(spool);
    return c == null ? total : total - c.offset();
  }

  /** Polls until pl_rep holds at least {@code n} rows (WAL apply is asynchronous), up to 60 s. */
  private static long awaitRows(QuestDbSql sql, long n) throws Exception {
    long rows = 0;
    for (int i = 0; i < 600; i++) {
      try {
        rows = (Long) sql.query("SELECT count() c FROM pl_rep").get(0).get("c");
      } catch (IOException tableNotYetCreated) {
        rows = 0;
      }
      if (rows >= n) {
        return rows;
      }
      Thread.sleep(100);
    }
    return rows;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
