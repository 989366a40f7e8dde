package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.analysis.SyntheticSession.Mode;
import io.plantaris.analysis.SyntheticSession.Rep;
import io.plantaris.analysis.SyntheticSession.Truth;
import io.plantaris.insole.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CountingAndTimingTest {
  private static final long TOL_MS = 150;

  @ParameterizedTest
  @EnumSource(Mode.class)
  void countsPrescribedRepsAndTimesEveryPhase(Mode mode) {
    SyntheticSession s = new SyntheticSession(mode).add(Rep.tempo(3000, 2000, 3000, 800), 6);
    Collect c = Collect.run(s.build(Side.RIGHT));

    assertThat(c.reps).hasSize(6);
    for (int i = 0; i < 6; i++) {
      RepEvent r = c.reps.get(i);
      Truth t = s.truth.get(i);
      assertThat(r.side()).isEqualTo(RepSide.RIGHT);
      assertThat(r.upStartMicros() / 1000 - 5000)
          .as("up start %d", i)
          .isCloseTo(t.upStart(), within(TOL_MS));
      assertThat(r.holdStartMicros() / 1000 - 5000)
          .as("hold start %d", i)
          .isCloseTo(t.holdStart(), within(TOL_MS));
      assertThat(r.downStartMicros() / 1000 - 5000)
          .as("down start %d", i)
          .isCloseTo(t.downStart(), within(TOL_MS));
      assertThat(r.downEndMicros() / 1000 - 5000)
          .as("down end %d", i)
          .isCloseTo(t.downEnd(), within(TOL_MS));
      assertThat(r.flags()).as("rep %d", i).isEmpty();
    }
    assertThat(c.sets).hasSize(1);
    assertThat(c.sets.get(0).repCount()).isEqualTo(6);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void fastRepsAreCountedAndFlaggedTooFast(Mode mode) {
    SyntheticSession s = new SyntheticSession(mode).add(Rep.tempo(600, 0, 600, 400), 5);
    Collect c = Collect.run(s.build(Side.LEFT));

    assertThat(c.reps).hasSize(5);
    for (RepEvent r : c.reps) {
      assertThat(r.upMillis()).isCloseTo(600, within(TOL_MS));
      assertThat(r.downMillis()).isCloseTo(600, within(TOL_MS));
      assertThat(r.flags())
          .contains(RepFlag.TOO_FAST_UP, RepFlag.TOO_FAST_DOWN, RepFlag.HOLD_TOO_SHORT);
    }
  }
}
