package io.plantaris.sim;

import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.Tempo;
import io.plantaris.insole.SensorLayout;
import io.plantaris.sim.GroundTruth.EventKind;
import io.plantaris.sim.GroundTruth.EventTruth;
import io.plantaris.sim.GroundTruth.RepTruth;
import io.plantaris.sim.GroundTruth.SetTruth;
import io.plantaris.sim.GroundTruth.TrackTruth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads the ground truth off a session plan: nothing here is estimated from the signal. */
final class GroundTruthBuilder {
  private GroundTruthBuilder() {}

  static GroundTruth build(
      SimulationConfig c, SessionPlan plan, List<SensorLayout> layouts, List<long[]> losses) {
    double lever = SimLayouts.INSOLE_LENGTH_MM - SimLayouts.FOREFOOT_PIVOT_FROM_TOE_MM;
    List<SetTruth> sets = new ArrayList<>();
    for (int s = 0; s < plan.sets().size(); s++) {
      List<RepPlan> reps = plan.sets().get(s);
      List<RepTruth> truths = new ArrayList<>();
      for (RepPlan r : reps) {
        double height =
            lever
                * (Math.sin(Math.toRadians(r.peakPitchDegrees()))
                    - Math.sin(Math.toRadians(r.basePitchDegrees())));
        // the truth is what a biomechanist reads off the curve (10 % marks, docs/phases.md)
        long[] marks = PhaseMarks.of(r);
        truths.add(
            new RepTruth(
                r.indexInSet(),
                r.side(),
                marks[0],
                marks[1],
                marks[2],
                marks[3],
                round1(r.rangeDegrees()),
                round1(height),
                tempoAtMarks(c, marks, r.flags())));
      }
      sets.add(
          new SetTruth(
              s + 1,
              reps.get(0).upStartMillis(),
              reps.get(reps.size() - 1).downEndMillis(),
              reps.size(),
              truths));
    }
    List<EventTruth> events = new ArrayList<>();
    for (Activity a : plan.activities()) {
      if (a instanceof Activity.Walk w) {
        events.add(new EventTruth(EventKind.WALKING, null, null, w.startMillis(), w.endMillis()));
      } else if (a instanceof Activity.Other o) {
        events.add(new EventTruth(o.kind(), null, null, o.startMillis(), o.endMillis()));
      } else if (a instanceof Activity.BalanceStep b) {
        events.add(
            new EventTruth(EventKind.BALANCE_STEP, null, null, b.startMillis(), b.endMillis()));
      }
    }
    for (CellDropout d : c.cellDropouts()) {
      events.add(new EventTruth(EventKind.CELL_DROPOUT, d.cell(), d.side(), d.startMillis(), null));
    }
    for (long[] loss : losses) {
      events.add(new EventTruth(EventKind.PACKET_LOSS, null, null, loss[0], loss[1]));
    }
    Tempo t = c.prescription().tempo();
    return new GroundTruth(
        c.seed(),
        c.scenario(),
        c.layout().id(),
        (int) Math.round(c.sampleRateHz()),
        c.bodyMassKg(),
        c.addedLoadKg(),
        !c.stepEdge(),
        new GroundTruth.PrescriptionTruth(
            t.upMillis(),
            t.holdMillis(),
            t.downMillis(),
            c.prescription().singleLeg(),
            c.prescription().targetReps()),
        layouts.stream().map(l -> new TrackTruth(l.deviceId(), l.side())).toList(),
        sets,
        events);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /**
   * A rep's tempo flags as its own marks give them. The rep was drafted with phase times between
   * the marks, but the top's sway can lift the peak and so the top band: the hold read off the
   * curve is then shorter than drafted (e.g. 868 ms of a drafted 1.6 s), and the truth's verdict
   * has to be the one its own phase times give, as for anyone reading the curve.
   */
  static List<RepFlag> tempoAtMarks(SimulationConfig c, long[] marks, Set<RepFlag> drafted) {
    Tempo p = c.prescription().tempo();
    double keep = 1 - c.flagTolerance();
    Set<RepFlag> f = EnumSet.noneOf(RepFlag.class);
    f.addAll(drafted);
    f.remove(RepFlag.TOO_FAST_UP);
    f.remove(RepFlag.HOLD_TOO_SHORT);
    f.remove(RepFlag.TOO_FAST_DOWN);
    if (marks[1] - marks[0] < p.upMillis() * keep) {
      f.add(RepFlag.TOO_FAST_UP);
    }
    if (marks[2] - marks[1] < p.holdMillis() * keep) {
      f.add(RepFlag.HOLD_TOO_SHORT);
    }
    if (marks[3] - marks[2] < p.downMillis() * keep) {
      f.add(RepFlag.TOO_FAST_DOWN);
    }
    return List.copyOf(f);
  }
}
