package io.plantaris.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Clinicians browsing at once (issue 12's "50 concurrent clinicians, p99 < 500 ms"): each logs in
 * once, then loops over its overview, one of its patients' trends and its patient list for a fixed
 * time, with no pause ({@code -Dbench.thinkMillis=0}, the default: the machine's saturation) or
 * reading each answer for a random time of that mean (exponential, at most four times the mean), as
 * a person at a page does, the clients' starts spread over three mean pauses. Latencies are per
 * request, from sending to the last byte of the answer.
 */
final class ClinicianLoad {
  /** The three requests of one round, in the order a clinician's page makes them. */
  static final String[] KINDS = {"overview", "trends", "patients"};

  /** Mean pause after each answer, ms; 0 loops without pause. */
  static final long THINK_MILLIS = Long.getLong("bench.thinkMillis", 0);

  private ClinicianLoad() {}

  /**
   * @param users logins, one thread each
   * @param patientsOf (user index, round) to one of that user's patients, for its trends
   */
  static void run(
      int port,
      List<String> users,
      String password,
      java.util.function.BiFunction<Integer, Integer, String> patientsOf,
      long seconds)
      throws Exception {
    List<ClinicianClient> clients = new ArrayList<>();
    long t = System.nanoTime();
    for (String u : users) {
      ClinicianClient c = new ClinicianClient(port);
      c.login(u, password);
      clients.add(c);
    }
    System.out.printf(
        Locale.ROOT,
        "%d clinicians logged in (one after another) in %.1f s%n",
        users.size(),
        (System.nanoTime() - t) / 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(users.size());
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    List<Future<List<long[]>>> futures = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      int user = i;
      ClinicianClient c = clients.get(i);
      futures.add(pool.submit(() -> browse(c, user, patientsOf, end)));
    }
    List<List<Long>> all = new ArrayList<>();
    for (int k = 0; k < KINDS.length; k++) {
      all.add(new ArrayList<>());
    }
    try {
      for (Future<List<long[]>> f : futures) {
        List<long[]> mine = f.get();
        for (int k = 0; k < KINDS.length; k++) {
          for (long x : mine.get(k)) {
            all.get(k).add(x);
          }
        }
      }
    } finally {
      pool.shutdownNow(); // a failed request stops the run, and no thread is left behind
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] every = all.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
    System.out.printf(
        Locale.ROOT,
        "%d clinicians browsing for %.0f s (mean pause %d ms): %d requests, %.1f requests/s%n",
        users.size(),
        elapsed,
        THINK_MILLIS,
        every.length,
        every.length / elapsed);
    for (int k = 0; k < KINDS.length; k++) {
      print("  " + KINDS[k], all.get(k).stream().mapToLong(Long::longValue).toArray());
    }
    print("  all requests", every);
  }

  private static List<long[]> browse(
      ClinicianClient c,
      int user,
      java.util.function.BiFunction<Integer, Integer, String> patientsOf,
      long end)
      throws Exception {
    List<List<Long>> mine = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    java.util.SplittableRandom think = new java.util.SplittableRandom(user);
    if (THINK_MILLIS > 0) {
      // people do not all open the page in the same millisecond: starts spread over three pauses
      Thread.sleep((long) (think.nextDouble() * 3 * THINK_MILLIS));
    }
    for (int round = 0; System.nanoTime() < end; round++) {
      String[] paths = {
        "/api/clinician/overview",
        "/api/patients/" + patientsOf.apply(user, round) + "/trends",
        "/api/patients"
      };
      for (int k = 0; k < paths.length; k++) {
        long t = System.nanoTime();
        c.get(paths[k]);
        mine.get(k).add(System.nanoTime() - t);
        if (THINK_MILLIS > 0) {
          double pause = -THINK_MILLIS * Math.log(1 - think.nextDouble());
          Thread.sleep((long) Math.min(pause, 4.0 * THINK_MILLIS));
        }
      }
    }
    List<long[]> out = new ArrayList<>();
    for (List<Long> xs : mine) {
      out.add(xs.stream().mapToLong(Long::longValue).toArray());
    }
    return out;
  }

  static void print(String what, long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    System.out.printf(
        Locale.ROOT,
        "%s: n %d, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
        what,
        s.length,
        pct(s, 0.50) / 1e6,
        pct(s, 0.95) / 1e6,
        pct(s, 0.99) / 1e6,
        s.length == 0 ? 0 : s[s.length - 1] / 1e6);
  }

  /** Nearest-rank percentile of a sorted array. */
  static long pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
