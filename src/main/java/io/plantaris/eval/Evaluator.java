package io.plantaris.eval;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.FlagObservability;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.SetSummary;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Track;
import io.plantaris.sim.GroundTruth;
import io.plantaris.sim.GroundTruth.RepTruth;
import io.plantaris.sim.GroundTruth.SetTruth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the analysis against ground truth: rep count per set, phase timing error of matched reps
 * (matched by time overlap), and precision/recall of every flag. A flag injected into a rep that
 * the recording's insoles cannot observe (see {@link FlagObservability}) is not a miss: it is
 * counted apart as "not observable with this layout"; if the analysis raises it anyway, that is
 * still a false alarm.
 */
public final class Evaluator {
  private final AnalysisConfig config;
  private final List<String> countMisses = new ArrayList<>();
  private final List<Long> phaseErrors = new ArrayList<>();
  private final Map<RepFlag, int[]> flagCounts = new EnumMap<>(RepFlag.class);
  private final Map<RepFlag, List<String>> flagMisses = new EnumMap<>(RepFlag.class);
  private int sets;
  private int exactSets;
  private int withinOneSets;
  private int spuriousReps;

  public Evaluator(AnalysisConfig config) {
    this.config = config;
    for (RepFlag f : RepFlag.values()) {
      flagCounts.put(f, new int[4]);
      flagMisses.put(f, new ArrayList<>());
    }
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
        });
    List<RepTruth> truthReps = c.truth().allReps();
    Set<RepFlag> observable = observable(c);
    RepEvent[] matchOf = match(truthReps, reps);
    boolean[] used = new boolean[reps.size()];
    for (int i = 0; i < truthReps.size(); i++) {
      RepEvent m = matchOf[i];
      if (m != null) {
        used[reps.indexOf(m)] = true;
        scorePhases(truthReps.get(i), m);
      }
      scoreFlags(c.name(), truthReps.get(i), m, observable);
    }
    for (int j = 0; j < reps.size(); j++) {
      if (!used[j]) {
        spuriousReps++;
        countMisses.add(
            c.name()
                + " spurious rep@"
                + reps.get(j).upStartMicros() / 1000
                + " "
                + reps.get(j).flags());
        for (RepFlag f : reps.get(j).flags()) {
          flagCounts.get(f)[1]++;
        }
      }
    }
    for (SetTruth s : c.truth().sets()) {
      int counted = 0;
      for (int i = 0; i < truthReps.size(); i++) {
        if (s.reps().contains(truthReps.get(i)) && matchOf[i] != null) {
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
        countMisses.add(c.name() + " set " + s.index() + ": " + counted + " vs " + s.repCount());
      }
    }
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

  private void scorePhases(RepTruth t, RepEvent r) {
    phaseErrors.add(Math.abs(r.upStartMicros() / 1000 - t.upStartMillis()));
    phaseErrors.add(Math.abs(r.holdStartMicros() / 1000 - t.holdStartMillis()));
    phaseErrors.add(Math.abs(r.downStartMicros() / 1000 - t.downStartMillis()));
    phaseErrors.add(Math.abs(r.downEndMicros() / 1000 - t.downEndMillis()));
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

  private void scoreFlags(String name, RepTruth t, RepEvent r, Set<RepFlag> observable) {
    for (RepFlag f : RepFlag.values()) {
      boolean truth = t.flags().contains(f);
      boolean found = r != null && r.flags().contains(f);
      int[] c = flagCounts.get(f);
      if (truth && !observable.contains(f)) {
        // scored apart, never silently: a raised guess still counts as a false alarm below
        c[3]++;
        truth = false;
      }
      if (truth && found) {
        c[0]++;
      } else if (found) {
        c[1]++;
        flagMisses.get(f).add("FP " + name + " rep@" + t.upStartMillis());
      } else if (truth) {
        c[2]++;
        flagMisses
            .get(f)
            .add("FN " + name + " rep@" + t.upStartMillis() + (r == null ? " (missed rep)" : ""));
      }
    }
  }

  /** The scores so far. */
  public EvalReport report() {
    List<Long> sorted = new ArrayList<>(phaseErrors);
    sorted.sort(null);
    double median = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    double p90 = sorted.isEmpty() ? Double.NaN : sorted.get((int) (sorted.size() * 0.9));
    Map<RepFlag, EvalReport.FlagScore> flags = new EnumMap<>(RepFlag.class);
    flagCounts.forEach(
        (f, c) ->
            flags.put(f, new EvalReport.FlagScore(c[0], c[1], c[2], c[3], flagMisses.get(f))));
    return new EvalReport(
        sets, exactSets, withinOneSets, spuriousReps, median, p90, flags, countMisses);
  }
}
