package io.plantaris.store;

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
import io.plantaris.programme.Trigger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reps and sets as the live pipeline emits them, at a 3-2-3 tempo, for store tests. */
final class Events {
  static final long REP_MICROS = 8_000_000;

  /** What reps 3, 10, 17, ... of a set could not decide: they count, with these doubts. */
  static final Map<RepFlag, Doubt> UNCERTAIN =
      Map.of(
          RepFlag.HOLD_TOO_SHORT, Doubt.NEAR_LIMIT,
          RepFlag.WEIGHT_ON_OTHER_FOOT, Doubt.STANDING_LOAD_UNKNOWN);

  private Events() {}

  static RepVerdict rep(String patient, RepSide side, int set, int rep, long upStartMicros) {
    Set<RepFlag> flags = rep % 5 == 0 ? EnumSet.of(RepFlag.TOO_FAST_UP) : Set.of();
    Map<RepFlag, Doubt> doubts = rep % 7 == 3 ? UNCERTAIN : Map.of();
    RepEvent e =
        new RepEvent(
            set,
            rep,
            side,
            upStartMicros,
            upStartMicros + 3_000_000,
            upStartMicros + 5_000_000,
            upStartMicros + REP_MICROS - 1,
            40 + rep,
            Double.NaN,
            0.8,
            0.95,
            flags,
            doubts);
    return new RepVerdict(patient, List.of(patient + "-R", patient + "-L"), e, 1000);
  }

  /**
   * One set of {@code reps} reps of one foot starting at {@code startMicros}: reps then the set.
   */
  static List<Object> set(String patient, RepSide side, int set, int reps, long startMicros) {
    List<Object> out = new ArrayList<>();
    int valid = 0;
    for (int r = 1; r <= reps; r++) {
      RepVerdict v = rep(patient, side, set, r, startMicros + (r - 1) * REP_MICROS);
      valid += v.rep().valid() ? 1 : 0;
      out.add(v);
    }
    long end = startMicros + reps * REP_MICROS - 1;
    SetSummary s =
        new SetSummary(
            set,
            startMicros,
            end,
            reps,
            valid,
            reps * 8000L,
            0.9,
            120.5,
            List.of(),
            List.of(),
            2.5,
            -0.01,
            RmSignal.DEGRADED);
    out.add(new SetFinished(patient, List.of(patient + "-L", patient + "-R"), s));
    return out;
  }

  static void feed(TimeSeriesStore store, List<Object> events) {
    for (Object o : events) {
      if (o instanceof RepVerdict v) {
        store.onRep(v);
      } else {
        store.onSet((SetFinished) o);
      }
    }
  }

  /** A proposal to add 2.5 kg after session 1, with two reasons citing numbers. */
  static Decision decision(String patient, Instant at) {
    return new Decision(
        "d-" + patient + "-1-s",
        patient,
        patient + "-1",
        Trigger.AFTER_SESSION,
        at,
        2,
        "ADD_LOAD",
        "3 sets of 12 valid reps at 6 kg",
        new Change(Action.INCREASE_LOAD, 2.5),
        List.of("3 sets of 12 valid reps at 6 kg: add 2.5 kg", "tempo \"3-2-3\" held 95%"),
        DecisionStatus.PROPOSED,
        null);
  }
}
