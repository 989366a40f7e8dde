package io.plantaris.progression;

import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepSide;
import io.plantaris.analysis.RmSignal;
import io.plantaris.analysis.SetSummary;
import io.plantaris.ingest.BlindSpell;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import io.plantaris.insole.Side;
import java.util.List;
import java.util.Set;

/** One insole's valid 3-2-3 reps and the set they make, as the live pipeline emits them. */
final class LiveEvents {
  static final long REP_MICROS = 8_000_000;

  private LiveEvents() {}

  /** Feeds {@code reps} valid reps of set {@code set} and the set's end; returns its end. */
  static long set(SessionListener to, String device, int set, int reps, long startMicros) {
    for (int r = 1; r <= reps; r++) {
      long up = startMicros + (r - 1) * REP_MICROS;
      RepEvent e =
          new RepEvent(
              set,
              r,
              RepSide.LEFT,
              up,
              up + 3_000_000,
              up + 5_000_000,
              up + REP_MICROS - 1,
              40,
              Double.NaN,
              0.8,
              0.95,
              Set.of());
      to.onRep(new RepVerdict(device, List.of(device), e, 1000));
    }
    long end = startMicros + reps * REP_MICROS - 1;
    to.onSet(
        new SetFinished(
            device,
            List.of(device),
            new SetSummary(
                set,
                startMicros,
                end,
                reps,
                reps,
                reps * 8000L,
                0.95,
                100,
                List.of(),
                List.of(),
                0,
                0,
                RmSignal.COMPLETED_WITH_RESERVE)));
    return end;
  }

  /**
   * The insole {@code device} said it could not see a heel raise from {@code from} to {@code to}.
   */
  static void blind(
      SessionListener to, String device, long fromMicros, long toMicros, BlindStance.Reason why) {
    to.onBlind(
        new BlindSpell(
            device,
            List.of(device),
            device,
            new BlindStance(0, Side.LEFT, fromMicros, toMicros, why)));
  }
}
