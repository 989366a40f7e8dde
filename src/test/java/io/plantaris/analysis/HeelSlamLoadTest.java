package io.plantaris.analysis;

import org.junit.jupiter.api.Test;

/**
 * On cells alone a heel slam is told by the load at landing: a strike peaks at 1.5-2.5 times the
 * load of the hold, a controlled lowering brings the weight back with little overshoot.
 */
class HeelSlamLoadTest {
  @Test
  void aControlledLandingThatOvershootsByAThirdIsNoSlam() {
    // wide seeds 20466 and 20591 (8 cells, towel), 20123 (16 cells, towel), 20453 (16 cells,
    // floor): clean landings peaked at 1.30-1.32 times the hold load and were flagged HEEL_SLAM;
    // each rep's flag now stands where the truth's does
    Collect.flagsAsTruth(20_466, "force8", RepFlag.HEEL_SLAM, 0);
    Collect.flagsAsTruth(20_591, "force8", RepFlag.HEEL_SLAM, 2);
    Collect.flagsAsTruth(20_123, "moticon16 ", RepFlag.HEEL_SLAM, 0);
    Collect.flagsAsTruth(20_453, "moticon16 ", RepFlag.HEEL_SLAM, 1);
  }
}
