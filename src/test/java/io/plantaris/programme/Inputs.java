package io.plantaris.programme;

import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.RmSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A good session by default (6 kg, 3 x 12 valid with reserve, pain 2, settled), tweaked per row.
 */
final class Inputs {
  static final Instant START = Instant.parse("2024-03-04T07:00:00Z");

  double loadKg = 6;
  boolean singleLeg = true;
  int phaseIndex = 0;
  int day = 8;
  int[] reps = {12, 12, 12};
  int[] valid = {12, 12, 12};
  int[] heel = {0, 0, 0};
  RmSignal[] rm = {
    RmSignal.COMPLETED_WITH_RESERVE,
    RmSignal.COMPLETED_WITH_RESERVE,
    RmSignal.COMPLETED_WITH_RESERVE
  };
  double tempoAdherence = 0.95;
  Integer painDuring = 2;
  Integer painMorning = 2;
  Integer baseline = 2;
  int missed = 0;
  int previousWithReserve = 1;
  long unseenMillis = 0;
  BlindStance.Reason unseenReason = null;

  Inputs sets(int... validReps) {
    valid = validReps;
    reps = validReps.clone();
    heel = new int[validReps.length];
    rm = new RmSignal[validReps.length];
    for (int i = 0; i < validReps.length; i++) {
      int target = PrescriptionVersion.RATHLEFF_PHASES.get(phaseIndex).repMax();
      rm[i] = validReps[i] >= target ? RmSignal.COMPLETED_WITH_RESERVE : RmSignal.ENDED_EARLY;
    }
    return this;
  }

  PrescriptionVersion prescription() {
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", START, "c1");
    return v1.next(START, phaseIndex, v1.tempo(), loadKg, singleLeg, "c1", "test");
  }

  ProgressionInput build() {
    List<SetOutcome> sets = new ArrayList<>();
    for (int i = 0; i < valid.length; i++) {
      sets.add(new SetOutcome(i + 1, reps[i], valid[i], tempoAdherence, heel[i], rm[i]));
    }
    Instant at = START.plus(Duration.ofDays(day)).plus(Duration.ofHours(11));
    return new ProgressionInput(
        prescription(),
        new SessionOutcome("s" + day, "p1", at, sets, unseenMillis, unseenReason),
        opt(painDuring),
        opt(painMorning),
        opt(baseline),
        missed,
        previousWithReserve);
  }

  private static OptionalInt opt(Integer v) {
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }
}
