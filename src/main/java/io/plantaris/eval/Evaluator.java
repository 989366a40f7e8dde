package io.plantaris.eval;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.Doubt;
import io.plantaris.analysis.FlagObservability;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.SetSummary;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Track;
import io.plantaris.sim.GroundTruth;
import io.plantaris.sim.GroundTruth.EventKind;
import io.plantaris.sim.GroundTruth.EventTruth;
import io.plantaris.sim.GroundTruth.RepTruth;
import io.plantaris.sim.GroundTruth.SetTruth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the analysis against ground truth: rep count per set, reps missed and spurious, the
 * valid-invalid verdict (uncertain verdicts counted apart), the timing error and bias of each phase
 * boundary of matched reps (matched by time overlap), precision/recall of every flag, and false
 * reps during movement that is no heel raise. A flag injected into a rep that the recording's
 * insoles cannot observe (see {@link FlagObservability}) is not a miss: it is counted apart as "not
 * observable with this layout"; if the analysis raises it anyway, that is still a false alarm.
 */
public final class Evaluator {
  private final AnalysisConfig config;
  private final List<String> countMisses = new ArrayList<>();
  private final List<List<Long>> signedErrors = List.of(list(), list(), list(), list());
  private final int[] unobserved = new int[4];
  private final int[] untimed = new int[4];
  private final FlagCounts flagCounts = new FlagCounts();
  private int sets;
  private int blindSets;
  private int blindReps;
  private int exactSets;
  private int withinOneSets;
  private int truthReps;
  private int missedReps;
  private int spuriousReps;
  private int uncertainReps;
  private int decidedReps;
  private int agreeingReps;
  private long otherActivityMillis;
  private int otherActivityReps;
  private final Map<String, Long> millisByKind = new TreeMap<>();
  private final Map<String, Integer> falseRepsByKind = new TreeMap<>();

  public Evaluator(AnalysisConfig config) {
    this.config = config;
  }

  private static List<Long> list() {
    return new ArrayList<>();
  }

  /** The prescription a ground truth file says the person followed. */
  public static Prescription prescriptionOf(GroundTruth truth) {
    GroundTruth.PrescriptionTruth p = truth.prescription();
    return Prescription.rathleff()
        .withTempo(p.upMillis(), p.holdMillis(), p.downMillis(), p.targetReps())
        .withSingleLeg(p.singleLeg());
  }

  /** Analyses one case and adds its scores. */
  public void add(EvalCase c) {
    List<RepEvent> reps = new ArrayList<>();
    List<BlindStance> blind = new ArrayList<>();
    PersonAnalyzer.analyze(
        c.recording(),
        prescriptionOf(c.truth()),
        config,
        null,
        new AnalysisListener() {
          @Override
          public void onRep(RepEvent rep) {
            reps.add(rep);
          }

          @Override
          public void onSet(SetSummary set) {}

          @Override
          public void onBlindStance(BlindStance stance) {
            blind.add(stance);
          }
        });
    List<RepTruth> truth = c.truth().allReps();
    List<SetTruth> unseen = new ArrayList<>();
    for (SetTruth s : c.truth().sets()) {
      if (blindOver(blind, s)) {
        unseen.add(s);
      }
    }
    Set<RepFlag> observable = observable(c);
    boolean top = topObservable(c);
    RepEvent[] matchOf = match(truth, reps);
    boolean[] used = new boolean[reps.size()];
    for (int i = 0; i < truth.size(); i++) {
      if (inAny(unseen, truth.get(i))) {
        // the insole said it could not see this set: not a miss, counted apart
        blindReps++;
        if (matchOf[i] != null) {
          used[reps.indexOf(matchOf[i])] = true;
        }
        continue;
      }
      truthReps++;
      RepEvent m = matchOf[i];
      if (m != null) {
        used[reps.indexOf(m)] = true;
        scorePhases(truth.get(i), m, top);
        scoreVerdict(truth.get(i), m, m.uncertain(), observable);
      } else {
        missedReps++;
        countMisses.add(c.name() + " missed rep@" + truth.get(i).upStartMillis());
      }
      flagCounts.score(c.name(), truth.get(i), m, observable);
    }
    for (int j = 0; j < reps.size(); j++) {
      if (!used[j]) {
        spuriousReps++;
        RepEvent r = reps.get(j);
        countMisses.add(c.name() + " spurious rep@" + r.upStartMicros() / 1000 + " " + r.flags());
        flagCounts.falseAlarms(r);
        EventKind during = duringOtherActivity(c.truth(), r);
        if (during != null) {
          otherActivityReps++;
          falseRepsByKind.merge(during.name(), 1, Integer::sum);
        }
      }
    }
    for (EventTruth e : c.truth().events()) {
      if (e.kind().notAHeelRaise() && e.endMillis() != null) {
        otherActivityMillis += e.endMillis() - e.startMillis();
        millisByKind.merge(e.kind().name(), e.endMillis() - e.startMillis(), Long::sum);
      }
    }
    for (SetTruth s : c.truth().sets()) {
      if (unseen.contains(s)) {
        blindSets++;
        countMisses.add(c.name() + " set " + s.index() + ": the insole said it cannot see it");
      } else {
        scoreSet(c.name(), s, truth, matchOf, reps, used);
      }
    }
  }

  /**
   * Whether an insole said it could not see a heel raise for most of the set's time (see {@link
   * BlindStance}).
   */
  private static boolean blindOver(List<BlindStance> blind, SetTruth s) {
    long blindMillis = 0;
    for (BlindStance b : blind) {
      blindMillis +=
          Math.max(
              0,
              Math.min(s.endMillis(), b.toMicros() / 1000)
                  - Math.max(s.startMillis(), b.fromMicros() / 1000));
    }
    return blindMillis > 0.5 * (s.endMillis() - s.startMillis());
  }

  private static boolean inAny(List<SetTruth> sets, RepTruth r) {
    for (SetTruth s : sets) {
      if (s.reps().contains(r)) {
        return true;
      }
    }
    return false;
  }

  private void scoreSet(
      String name,
      SetTruth s,
      List<RepTruth> truth,
      RepEvent[] matchOf,
      List<RepEvent> reps,
      boolean[] used) {
    int counted = 0;
    for (int i = 0; i < truth.size(); i++) {
      if (s.reps().contains(truth.get(i)) && matchOf[i] != null) {
        counted++;
      }
    }
    for (int j = 0; j < reps.size(); j++) {
      RepEvent r = reps.get(j);
      if (!used[j]
          && r.upStartMicros() / 1000 < s.endMillis() + 5000
          && r.downEndMicros() / 1000 > s.startMillis() - 5000) {
        counted++;
      }
    }
    sets++;
    int err = Math.abs(counted - s.repCount());
    exactSets += err == 0 ? 1 : 0;
    withinOneSets += err <= 1 ? 1 : 0;
    if (err != 0) {
      countMisses.add(name + " set " + s.index() + ": " + counted + " vs " + s.repCount());
    }
  }

  /** The movement that is no heel raise a rep overlaps, or null. */
  private static EventKind duringOtherActivity(GroundTruth truth, RepEvent r) {
    long from = r.upStartMicros() / 1000;
    long to = r.downEndMicros() / 1000;
    for (EventTruth e : truth.events()) {
      if (e.kind().notAHeelRaise()
          && e.endMillis() != null
          && from < e.endMillis()
          && to > e.startMillis()) {
        return e.kind();
      }
    }
    return null;
  }

  private static RepEvent[] match(List<RepTruth> truth, List<RepEvent> reps) {
    RepEvent[] out = new RepEvent[truth.size()];
    boolean[] taken = new boolean[reps.size()];
    for (int i = 0; i < truth.size(); i++) {
      RepTruth t = truth.get(i);
      long best = 0;
      int bestJ = -1;
      for (int j = 0; j < reps.size(); j++) {
        RepEvent r = reps.get(j);
        long overlap =
            Math.min(t.downEndMillis(), r.downEndMicros() / 1000)
                - Math.max(t.upStartMillis(), r.upStartMicros() / 1000);
        if (!taken[j] && overlap > best) {
          best = overlap;
          bestJ = j;
        }
      }
      if (bestJ >= 0 && best > 0.3 * (t.downEndMillis() - t.upStartMillis())) {
        taken[bestJ] = true;
        out[i] = reps.get(bestJ);
      }
    }
    return out;
  }

  /**
   * @param top the insoles see when the top is reached (not pressure cells alone on a flat floor):
   *     else only the rise onset and the lowering end are scored, the others counted apart
   */
  private void scorePhases(RepTruth t, RepEvent r, boolean top) {
    long[] got = {
      r.upStartMicros() / 1000,
      r.holdStartMicros() / 1000,
      r.downStartMicros() / 1000,
      r.downEndMicros() / 1000
    };
    long[] want = {t.upStartMillis(), t.holdStartMillis(), t.downStartMillis(), t.downEndMillis()};
    // the analysis said it saw too little movement to time this rep's top: scored apart
    boolean untimedTop = r.doubts().get(RepFlag.HOLD_TOO_SHORT) == Doubt.SMALL_MOVEMENT;
    for (int k = 0; k < 4; k++) {
      if (!top && (k == 1 || k == 2)) {
        unobserved[k]++;
      } else if (untimedTop && (k == 1 || k == 2)) {
        untimed[k]++;
      } else {
        signedErrors.get(k).add(got[k] - want[k]);
      }
    }
  }

  /** Valid-invalid agreement of a matched rep; an uncertain verdict is counted apart. */
  private void scoreVerdict(RepTruth t, RepEvent r, boolean uncertain, Set<RepFlag> observable) {
    if (uncertain) {
      uncertainReps++;
      return;
    }
    boolean truthValid = t.flags().stream().noneMatch(observable::contains);
    decidedReps++;
    agreeingReps += truthValid == r.valid() ? 1 : 0;
  }

  private static boolean topObservable(EvalCase c) {
    boolean imu = false;
    for (Track t : c.recording().tracks()) {
      imu |= t.layout().hasImu();
    }
    return imu || !Boolean.TRUE.equals(c.truth().heelOnFloor());
  }

  /** The flags this recording's insoles can observe where the truth says the heel was. */
  private static Set<RepFlag> observable(EvalCase c) {
    List<SensorLayout> layouts = new ArrayList<>();
    for (Track t : c.recording().tracks()) {
      layouts.add(t.layout());
    }
    Boolean heelOnFloor = c.truth().heelOnFloor();
    if (heelOnFloor == null) {
      throw new IllegalArgumentException(
          c.name() + ": ground truth has no heelOnFloor (flat floor or step edge); regenerate it");
    }
    return FlagObservability.observable(layouts, heelOnFloor);
  }

  private Map<String, EvalReport.OtherActivity> byKind() {
    Map<String, EvalReport.OtherActivity> m = new TreeMap<>();
    millisByKind.forEach(
        (k, ms) -> m.put(k, new EvalReport.OtherActivity(ms, falseRepsByKind.getOrDefault(k, 0))));
    return m;
  }

  /** The scores so far. */
  public EvalReport report() {
    List<Long> all = new ArrayList<>();
    List<BoundaryScore> boundaries = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      signedErrors.get(k).forEach(e -> all.add(Math.abs(e)));
      boundaries.add(
          BoundaryScore.of(
              BoundaryScore.NAMES.get(k), signedErrors.get(k), unobserved[k], untimed[k]));
    }
    all.sort(null);
    return new EvalReport(
        sets,
        blindSets,
        blindReps,
        exactSets,
        withinOneSets,
        truthReps,
        missedReps,
        spuriousReps,
        BoundaryScore.percentile(all, 0.5),
        BoundaryScore.percentile(all, 0.9),
        boundaries,
        decidedReps,
        agreeingReps,
        uncertainReps,
        otherActivityMillis,
        otherActivityReps,
        byKind(),
        flagCounts.scores(),
        countMisses);
  }

  /** Per flag: true positives, false positives, false negatives, not observable; and misses. */
  private static final class FlagCounts {
    private final Map<RepFlag, int[]> counts = new EnumMap<>(RepFlag.class);
    private final Map<RepFlag, List<String>> misses = new EnumMap<>(RepFlag.class);

    FlagCounts() {
      for (RepFlag f : RepFlag.values()) {
        counts.put(f, new int[5]);
        misses.put(f, new ArrayList<>());
      }
    }

    void score(String name, RepTruth t, RepEvent r, Set<RepFlag> observable) {
      for (RepFlag f : RepFlag.values()) {
        boolean truth = t.flags().contains(f);
        boolean found = r != null && r.flags().contains(f);
        int[] c = counts.get(f);
        if (truth && !observable.contains(f)) {
          // scored apart, never silently: a raised guess still counts as a false alarm below
          c[3]++;
          truth = false;
        }
        if (r != null && r.doubts().containsKey(f)) {
          // the analysis said it could not decide this flag: scored apart, as is the verdict
          c[4]++;
          continue;
        }
        if (truth && found) {
          c[0]++;
        } else if (found) {
          c[1]++;
          misses.get(f).add("FP " + name + " rep@" + t.upStartMillis());
        } else if (truth) {
          c[2]++;
          misses
              .get(f)
              .add("FN " + name + " rep@" + t.upStartMillis() + (r == null ? " (missed rep)" : ""));
        }
      }
    }

    void falseAlarms(RepEvent spurious) {
      for (RepFlag f : spurious.flags()) {
        counts.get(f)[1]++;
      }
    }

    Map<RepFlag, EvalReport.FlagScore> scores() {
      Map<RepFlag, EvalReport.FlagScore> out = new EnumMap<>(RepFlag.class);
      counts.forEach(
          (f, c) ->
              out.put(f, new EvalReport.FlagScore(c[0], c[1], c[2], c[3], c[4], misses.get(f))));
      return out;
    }
  }
}
