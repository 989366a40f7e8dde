package io.plantaris.fhir;

import io.plantaris.analysis.Doubt;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.RepSide;
import io.plantaris.analysis.RmSignal;
import io.plantaris.fhir.PatientRecords.PainRating;
import io.plantaris.insole.Side;
import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionHistory;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.Trigger;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import io.plantaris.store.StoredSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small history: patient p1 with two insoles; prescription v1 (body weight) then v2 (5 kg, from
 * day 2); session 1 on day 1 with 3 sets, session 2 on day 3 with 2 sets, 12 reps a set, in set 1
 * of session 1 rep 4 heel-loaded at the top and rep 7 slammed; three pain ratings, one of them in
 * both the registry and the store; three decisions as the registry and the store keep them (seven
 * records): d-s1-s (v1, add 5 kg) accepted, in both; d-s2-s (v2, keep) proposed in the store and
 * overridden to "reduce by 2.5 kg" in the registry; d-s2-m (v2) still proposed.
 */
final class SampleRecords {
  static final String PAIR = "PL-0001-L+PL-0001-R";
  static final Instant DAY1 = Instant.parse("2025-03-03T09:00:00Z");
  static final long DAY_MICROS = 86_400_000_000L;
  static final long REP_MICROS = 8_000_000L;
  static final long SET_GAP_MICROS = 200_000_000L;

  private SampleRecords() {}

  static long micros(Instant t) {
    return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
  }

  static PatientRecords build() {
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", DAY1.minusSeconds(3600), "c1");
    PrescriptionVersion v2 =
        v1.next(DAY1.plusSeconds(86_400), 0, v1.tempo(), 5.0, true, "c1", "stronger");
    List<StoredSession> sessions = new ArrayList<>();
    List<StoredSet> sets = new ArrayList<>();
    List<StoredRep> reps = new ArrayList<>();
    long[] starts = {micros(DAY1), micros(DAY1) + 2 * DAY_MICROS};
    int[] setCounts = {3, 2};
    for (int s = 0; s < 2; s++) {
      long start = starts[s];
      long end = start;
      for (int k = 1; k <= setCounts[s]; k++) {
        long setStart = start + (k - 1) * SET_GAP_MICROS;
        int valid = 0;
        for (int r = 1; r <= 12; r++) {
          Set<RepFlag> flags = EnumSet.noneOf(RepFlag.class);
          if (s == 0 && k == 1 && r == 4) {
            flags.add(RepFlag.HEEL_LOADED_AT_TOP);
          }
          if (s == 0 && k == 1 && r == 7) {
            flags.add(RepFlag.HEEL_SLAM);
          }
          valid += flags.isEmpty() ? 1 : 0;
          // the first set's 10th rep counts, but its hold was too close to the limit to tell
          Map<RepFlag, Doubt> doubts =
              s == 0 && k == 1 && r == 10
                  ? Map.of(RepFlag.HOLD_TOO_SHORT, Doubt.NEAR_LIMIT)
                  : Map.of();
          long up = setStart + (r - 1) * REP_MICROS;
          RepEvent e =
              new RepEvent(
                  k,
                  r,
                  RepSide.LEFT,
                  up,
                  up + 3_000_000,
                  up + 5_000_000,
                  up + 7_999_000,
                  40,
                  Double.NaN,
                  0.8,
                  0.95,
                  flags,
                  doubts);
          reps.add(new StoredRep("p1", PAIR, start, e));
        }
        end = setStart + 12 * REP_MICROS - 1000;
        sets.add(
            new StoredSet(
                "p1",
                PAIR,
                start,
                k,
                setStart,
                end,
                12,
                valid,
                12 * 7999L,
                0.875,
                120.5,
                k == 1 && s == 0 ? RmSignal.DEGRADED : RmSignal.COMPLETED_WITH_RESERVE));
      }
      int n = setCounts[s];
      sessions.add(
          new StoredSession("p1", start, end, n, 12 * n, 12 * n - (s == 0 ? 2 : 0), n * 95_988L));
    }
    Instant painAt = DAY1.plusSeconds(1800);
    List<PainRating> pain =
        List.of(
            PainRating.of(new PainReport("p1", PainKind.BEFORE, 2, DAY1.minusSeconds(60), "")),
            PainRating.of(new PainReport("p1", PainKind.DURING, 4, painAt, "sharp at first")),
            PainRating.of(new PainReport("p1", PainKind.DURING, 4, painAt, "")),
            PainRating.of(
                new PainReport(
                    "p1", PainKind.NEXT_MORNING, 3, DAY1.plusSeconds(86_400 - 7200), "")));
    return new PatientRecords(
        new Patient("p1", "Patient One", List.of("c1")),
        List.of(new Clinician("c1", "Dr One")),
        List.of(
            new Insole("PL-0001-L", "p1", Side.LEFT), new Insole("PL-0001-R", "p1", Side.RIGHT)),
        new PrescriptionHistory(List.of(v1, v2)),
        sessions,
        sets,
        reps,
        pain,
        decisions());
  }

  /** The records in the order the exporter reads them: the registry's, then the store's. */
  static List<Decision> decisions() {
    Instant day3 = DAY1.plusSeconds(2 * 86_400);
    Decision s1 =
        proposal(
            "d-s1-s",
            "s1",
            Trigger.AFTER_SESSION,
            DAY1.plusSeconds(1900),
            1,
            new Change(Action.INCREASE_LOAD, 5.0),
            List.of("12RM done with reserve", "pain during 4/10, within the acceptable zone"));
    Decision s1Accepted = s1.accept("c1", DAY1.plusSeconds(86_000), "");
    Decision s2 =
        proposal(
            "d-s2-s",
            "s2",
            Trigger.AFTER_SESSION,
            day3.plusSeconds(1200),
            2,
            Change.of(Action.KEEP),
            List.of("2 of 24 reps valid below the 80 % needed to progress"));
    Decision s2Overridden =
        s2.override(
            "c1", day3.plusSeconds(7200), new Change(Action.REDUCE_LOAD, -2.5), "heel sore");
    Decision s2Morning =
        proposal(
            "d-s2-m",
            "s2",
            Trigger.AFTER_NEXT_MORNING,
            day3.plusSeconds(86_400 - 3600),
            2,
            Change.of(Action.KEEP),
            List.of("next-morning pain 3/10, not worse than the day before"));
    // registry first (proposal, its review), then the store's copies: the older proposal of
    // d-s1-s comes last and must not win
    return List.of(s1, s1Accepted, s2Overridden, s2Morning, s2, s1Accepted, s1);
  }

  private static Decision proposal(
      String id,
      String sessionId,
      Trigger trigger,
      Instant at,
      int version,
      Change change,
      List<String> reasons) {
    return new Decision(
        id,
        "p1",
        sessionId,
        trigger,
        at,
        version,
        "rule-" + id,
        "sample",
        change,
        reasons,
        DecisionStatus.PROPOSED,
        null);
  }
}
