package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** What each set of insoles can physically see. */
class FlagObservabilityTest {
  @Test
  void oneImuOnlyInsoleCannotSeeWhereTheWeightIs() {
    assertThat(FlagObservability.observable(false, 1, 1, true))
        .doesNotContain(RepFlag.WEIGHT_ON_OTHER_FOOT, RepFlag.TWO_LEGGED)
        .contains(RepFlag.PARTIAL_RANGE, RepFlag.HOLD_TOO_SHORT, RepFlag.HEEL_SLAM);
  }

  @Test
  void twoImuOnlyInsolesSeeBothFeetRiseButNotTheLoad() {
    assertThat(FlagObservability.observable(false, 2, 2, true))
        .contains(RepFlag.TWO_LEGGED)
        .doesNotContain(RepFlag.WEIGHT_ON_OTHER_FOOT);
  }

  @Test
  void pressureOnlyOnAFlatFloorCannotSeeHowHighOrWhenTheTopIsReached() {
    assertThat(FlagObservability.observable(true, 0, 1, true))
        .isEqualTo(EnumSet.complementOf(EnumSet.of(RepFlag.PARTIAL_RANGE, RepFlag.HOLD_TOO_SHORT)));
  }

  @Test
  void pressureOnlyOverAStepEdgeFollowsTheWholeRise() {
    assertThat(FlagObservability.observable(true, 0, 1, false))
        .isEqualTo(EnumSet.allOf(RepFlag.class));
  }

  @Test
  void cellsAndImuSeeEverything() {
    assertThat(FlagObservability.observable(true, 1, 1, true))
        .isEqualTo(EnumSet.allOf(RepFlag.class));
  }
}
