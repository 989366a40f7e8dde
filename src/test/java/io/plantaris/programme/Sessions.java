package io.plantaris.programme;

import io.plantaris.analysis.RmSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Session outcomes and pain reports on a day-based timeline from {@link Inputs#START}. */
final class Sessions {
  private Sessions() {}

  static Instant day(double days) {
    return Inputs.START.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  /**
   * A session ending at 18:00 on the given day, every set with the given valid reps and reserve.
   */
  static SessionOutcome good(String id, int day, int sets, int reps) {
    List<SetOutcome> list = new ArrayList<>();
    for (int i = 1; i <= sets; i++) {
      list.add(new SetOutcome(i, reps, reps, 0.95, 0, RmSignal.COMPLETED_WITH_RESERVE));
    }
    return new SessionOutcome(id, "p1", day(day + 11 / 24.0), list);
  }

  static PainReport pain(PainKind kind, int score, double day) {
    return new PainReport("p1", kind, score, day(day), null);
  }
}
