package io.plantaris.store;

import io.plantaris.analysis.RepSide;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SetFinished;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The store side of the service as a child process for {@link StoreOutageKillIT}: opens the store
 * (spool + drainer to an external QuestDB) and feeds it reps and sets as fast as the live pipeline
 * would for many patients, appending each rep's identity to {@code acked.log} once the store
 * listener returned (the rep is then in the spool). Exits after {@code seconds} once drained.
 *
 * <p>Arguments: spoolDir questDbUrl ackedLog baseMicros seconds repsPerSecond
 */
public final class StoreChildMain {
  /** The QuestDB password, passed in the environment rather than on the command line. */
  static final String PASSWORD_ENV = "PLANTARIS_STORE_PASSWORD";

  private StoreChildMain() {}

  public static void main(String[] args) throws Exception {
    Path spool = Path.of(args[0]);
    String url = args[1];
    long base = Long.parseLong(args[3]);
    long seconds = Long.parseLong(args[4]);
    int repsPerSecond = Integer.parseInt(args[5]);
    StoreConfig cfg =
        StoreConfig.questDb(url, SpoolConfig.of(spool))
            .withCredentials(new StoreCredentials("plantaris", System.getenv(PASSWORD_ENV)))
            .withBatchPoints(500); // many small batches: the kill lands in the middle of a drain
    int patients = 20;
    try (TimeSeriesStore store = TimeSeriesStore.open(cfg);
        FileOutputStream acked = new FileOutputStream(args[2], true)) {
      long t0 = System.nanoTime();
      long sent = 0;
      for (int set = 1; System.nanoTime() - t0 < seconds * 1_000_000_000L; set++) {
        long setStart = base + (set - 1) * 200_000_000L;
        for (int p = 0; p < patients; p++) {
          for (Object o : Events.set("p" + p, RepSide.LEFT, set, 12, setStart)) {
            if (o instanceof RepVerdict v) {
              store.onRep(v);
              acked.write(
                  (v.personId() + " " + v.rep().upStartMicros() + "\n")
                      .getBytes(StandardCharsets.US_ASCII));
              sent++;
            } else {
              store.onSet((SetFinished) o);
            }
          }
          long due = t0 + sent * 1_000_000_000L / repsPerSecond;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
        }
      }
      store.awaitDrained(120_000);
    }
  }

  static List<String> args(
      Path spool, String url, Path acked, long baseMicros, long seconds, int repsPerSecond) {
    return List.of(
        spool.toString(),
        url,
        acked.toString(),
        Long.toString(baseMicros),
        Long.toString(seconds),
        Integer.toString(repsPerSecond));
  }
}
