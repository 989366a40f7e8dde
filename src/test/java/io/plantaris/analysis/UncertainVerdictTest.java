package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.analysis.SyntheticSession.Mode;
import io.plantaris.analysis.SyntheticSession.Rep;
import io.plantaris.insole.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the signal cannot decide a flag, the verdict says "uncertain" and why, never a guess. */
class UncertainVerdictTest {
  private static final Map<RepFlag, Doubt> PHASES_UNSEEN =
      Map.of(
          RepFlag.TOO_FAST_UP, Doubt.NOT_OBSERVABLE,
          RepFlag.HOLD_TOO_SHORT, Doubt.NOT_OBSERVABLE,
          RepFlag.TOO_FAST_DOWN, Doubt.NOT_OBSERVABLE,
          RepFlag.PARTIAL_RANGE, Doubt.NOT_OBSERVABLE);

  @Test
  void pressureAloneOnAFlatFloorCountsAGoodRepButSaysItCannotSeeItsPhases() {
    SyntheticSession s =
        new SyntheticSession(Mode.CELLS8).add(Rep.tempo(3000, 2000, 3000, 1500), 5);
    Collect c = Collect.run(s.build(Side.LEFT));

    assertThat(c.reps).hasSize(5);
    for (RepEvent r : c.reps) {
      assertThat(r.valid()).as("counts").isTrue();
      assertThat(r.uncertain()).isTrue();
      assertThat(r.doubts()).isEqualTo(PHASES_UNSEEN);
      assertThat(r.doubtWords())
          .isEqualTo(
              "the pace up, the pace down, the hold at the top, the height (this insole cannot see"
                  + " it on a flat floor)");
    }
    assertThat(c.sets.get(0).validReps()).isEqualTo(5);
    assertThat(c.sets.get(0).tempoAdherence())
        .as("no tempo is kept or lost on phases nobody timed")
        .isNaN();
    assertThat(c.sets.get(0).meanAbsTempoErrorMillis()).isNaN();
  }

  @Test
  void pressureAloneStillFailsARepFarShorterThanPrescribed() {
    SyntheticSession s = new SyntheticSession(Mode.CELLS8).add(Rep.tempo(1000, 0, 1000, 400), 5);
    Collect c = Collect.run(s.build(Side.LEFT));

    assertThat(c.reps).hasSize(5);
    for (RepEvent r : c.reps) {
      assertThat(r.valid()).isFalse();
      assertThat(r.uncertain()).isFalse();
      assertThat(r.flags()).contains(RepFlag.TOO_FAST_UP);
    }
  }

  @Test
  void withAnImuAHoldRightAtTheLimitIsUncertainAndOneWellOffItIsDecided() {
    // Rathleff 3-2-3 with 20 % tolerance: a hold under 1.6 s is too short
    SyntheticSession s =
        new SyntheticSession(Mode.IMU_ONLY)
            .add(Rep.tempo(3000, 2000, 3000, 1500), 2)
            .add(Rep.tempo(3000, 1600, 3000, 1500), 2)
            .add(Rep.tempo(3000, 500, 3000, 1500), 2);
    Collect c = Collect.run(s.build(Side.LEFT));

    assertThat(c.reps).hasSize(6);
    // every phase timed; the two 0.5 s holds of 18 phases are off the 3-2-3 target by over 25 %
    assertThat(c.sets.get(0).tempoAdherence()).isCloseTo(16 / 18.0, within(0.001));
    for (int i = 0; i < 2; i++) {
      assertThat(c.reps.get(i).valid()).as("rep %d", i).isTrue();
      assertThat(c.reps.get(i).doubts()).as("rep %d", i).isEmpty();
    }
    for (int i = 2; i < 4; i++) {
      RepEvent r = c.reps.get(i);
      assertThat(r.uncertain()).as("rep %d (hold %d ms)", i, r.holdMillis()).isTrue();
      assertThat(r.doubts()).containsExactly(Map.entry(RepFlag.HOLD_TOO_SHORT, Doubt.NEAR_LIMIT));
      assertThat(r.doubtWords()).isEqualTo("the hold at the top (too close to the limit to tell)");
    }
    for (int i = 4; i < 6; i++) {
      assertThat(c.reps.get(i).flags()).as("rep %d", i).containsExactly(RepFlag.HOLD_TOO_SHORT);
      assertThat(c.reps.get(i).uncertain()).isFalse();
    }
  }
}
