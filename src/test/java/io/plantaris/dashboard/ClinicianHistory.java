package io.plantaris.dashboard;

import io.plantaris.analysis.Doubt;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.RepSide;
import io.plantaris.analysis.RmSignal;
import io.plantaris.analysis.SetSummary;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SetFinished;
import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.Trigger;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.store.TimeSeriesStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Eight weeks of heel-raise history written through the real store, as the live pipeline would: p1
 * trains every second day for six weeks, then misses sessions, loads the heel more and hurts more;
 * p2 trains steadily. Keeps what it wrote so tests can check what the pages show.
 */
final class ClinicianHistory {
  static final int SETS = 3;
  static final int REPS = 12;
  static final long REP_MICROS = 8_500_000;

  final Instant now;
  final Instant programmeStart;

  /** Valid reps per week (Monday) and patient, as written. */
  final Map<String, TreeMap<LocalDate, Integer>> validByWeek = new TreeMap<>();

  /** Session starts (micros) per patient, oldest first. */
  final Map<String, List<Long>> sessions = new TreeMap<>();

  int events;
  private final Random random = new Random(42);

  ClinicianHistory(Instant now) {
    this.now = now.truncatedTo(ChronoUnit.HOURS);
    this.programmeStart = this.now.minus(Duration.ofDays(56)).truncatedTo(ChronoUnit.DAYS);
  }

  /** Days (before now) p1 trained: every 2nd day up to 16 days ago, then 13, 9 and 5 days ago. */
  static List<Integer> p1Days() {
    List<Integer> d = new ArrayList<>();
    for (int day = 54; day >= 16; day -= 2) {
      d.add(day);
    }
    d.addAll(List.of(13, 9, 5));
    return d;
  }

  void write(TimeSeriesStore store, ProgrammeRegistry registry) {
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", programmeStart, "c1");
    PrescriptionVersion v2 =
        v1.next(programmeStart.plus(Duration.ofDays(14)), 1, v1.tempo(), 4, true, "c1", "week 3");
    PrescriptionVersion v3 =
        v2.next(programmeStart.plus(Duration.ofDays(28)), 2, v1.tempo(), 6, true, "c1", "week 5");
    registry.addPrescription(v1);
    registry.addPrescription(v2);
    registry.addPrescription(v3);
    for (int day : p1Days()) {
      boolean recent = day < 14;
      session(store, "p1", day, recent ? 3 : 20, recent ? 4 : 2, recent ? 3 : 1);
    }
    for (int day = 55; day >= 1; day -= 2) {
      session(store, "p2", day, 25, 1, 0);
    }
    List<Long> p1 = sessions.get("p1");
    long last = p1.get(p1.size() - 1);
    registry.addDecision(
        new Decision(
            "d-p1-last",
            "p1",
            Long.toString(last),
            Trigger.AFTER_SESSION,
            Attention.at(last).plus(Duration.ofHours(1)),
            3,
            "R-HEEL",
            "heel loading 33% of reps",
            new Change(Action.REDUCE_LOAD, -2),
            // worded as the progression engine words it
            List.of(
                "heel loading in 12 of 36 reps (33%, limit 25%): reduce by 2 kg to 4 kg and work"
                    + " on control"),
            DecisionStatus.PROPOSED,
            null));
  }

  /**
   * One session {@code daysAgo} days (and less than one more) before now, at 09:00 UTC: 3 sets of
   * 12, every {@code heelEvery}-th rep with the heel loaded at the top, every 7th too fast up, the
   * second of each set (when nothing else is wrong with it) uncertain, the third untimed; pain
   * during and the next morning.
   */
  /**
   * The third rep of a set: its phases untimed, as over a step edge on pressure cells alone (the
   * insole saw too little movement to time it), its count and heel still judged.
   */
  private static Map<RepFlag, Doubt> untimed() {
    return Map.of(
        RepFlag.TOO_FAST_UP, Doubt.SMALL_MOVEMENT,
        RepFlag.TOO_FAST_DOWN, Doubt.SMALL_MOVEMENT,
        RepFlag.HOLD_TOO_SHORT, Doubt.SMALL_MOVEMENT,
        RepFlag.PARTIAL_RANGE, Doubt.SMALL_MOVEMENT);
  }

  private void session(
      TimeSeriesStore store, String patient, int daysAgo, int heelEvery, int pain, int morning) {
    // the last 09:00 UTC at least daysAgo days before now, whatever the hour the test runs at
    Instant base = now.minus(Duration.ofDays(daysAgo));
    Instant nine = base.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
    long start = micros(nine.isAfter(base) ? nine.minus(Duration.ofDays(1)) : nine);
    sessions.computeIfAbsent(patient, p -> new ArrayList<>()).add(start);
    int n = 0;
    for (int set = 1; set <= SETS; set++) {
      long setStart = start + (set - 1) * 240_000_000L;
      int valid = 0;
      long tut = 0;
      long t = setStart;
      for (int rep = 1; rep <= REPS; rep++) {
        n++;
        Set<RepFlag> flags = EnumSet.noneOf(RepFlag.class);
        if (n % heelEvery == 0) {
          flags.add(RepFlag.HEEL_LOADED_AT_TOP);
        }
        if (n % 7 == 0) {
          flags.add(RepFlag.TOO_FAST_UP);
        }
        // the second rep of a set counts, but its hold was too close to the limit to tell
        Map<RepFlag, Doubt> doubts =
            rep == 2 && flags.isEmpty()
                ? Map.of(RepFlag.HOLD_TOO_SHORT, Doubt.NEAR_LIMIT)
                : rep == 3 && !flags.contains(RepFlag.TOO_FAST_UP) ? untimed() : Map.of();
        long up = flags.contains(RepFlag.TOO_FAST_UP) ? 1_600_000 : jitter(3_000_000);
        long hold = jitter(2_000_000);
        long down = jitter(3_000_000);
        RepEvent e =
            new RepEvent(
                set,
                rep,
                RepSide.RIGHT,
                t,
                t + up,
                t + up + hold,
                t + up + hold + down,
                38,
                85,
                0.8,
                0.95,
                flags,
                doubts);
        store.onRep(new RepVerdict(patient, List.of(patient + "-R"), e, 900));
        events++;
        valid += flags.isEmpty() ? 1 : 0;
        tut += e.tensionMillis();
        t += REP_MICROS;
      }
      SetSummary s =
          new SetSummary(
              set,
              setStart,
              t - 1,
              REPS,
              valid,
              tut,
              0.9,
              150,
              List.of(),
              List.of(),
              0,
              0,
              RmSignal.COMPLETED_WITH_RESERVE);
      store.onSet(new SetFinished(patient, List.of(patient + "-R"), s));
      events++;
      validByWeek
          .computeIfAbsent(patient, p -> new TreeMap<>())
          .merge(Trends.monday(Attention.at(start)), valid, Integer::sum);
    }
    Instant after = Attention.at(start).plus(Duration.ofMinutes(15));
    store.recordPain(new PainReport(patient, PainKind.DURING, pain, after, ""));
    store.recordPain(
        new PainReport(
            patient, PainKind.NEXT_MORNING, morning, after.plus(Duration.ofHours(22)), ""));
  }

  private long jitter(long micros) {
    return micros + (long) (random.nextGaussian() * 150_000);
  }

  static long micros(Instant t) {
    return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
  }
}
