package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.WideCases;
import io.plantaris.sim.GroundTruth.RepTruth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rep that bounces off the heel follows a lowering whose last part dropped fast onto it: the rest
 * between the two is measured from where that drop ended, not from where the slower lowering before
 * it first came to rest, and a two-legged rep whose feet come down seconds apart is still one rep.
 */
class BounceTest {
  private static void bouncesAreFlaggedAndOnlyThey(long seed, String layout, int bounces) {
    Collect.flagsAsTruth(seed, layout, RepFlag.BOUNCE, bounces);
  }

  @Test
  void onTheImuAloneABounceAfterAFastLastDropIsFlagged() {
    // wide seed 20232: IMU only, towel, 41 degree reps; before each bounce the lowering slows to
    // rest 10 degrees up and then drops the last quarter at 60-100 deg/s. The rest was measured
    // from the slow part's end, 0.9 s before the bounce, and neither bounce was flagged
    bouncesAreFlaggedAndOnlyThey(20_232, "imu-only", 2);
  }

  @Test
  void withCellsAndImuABounceOfBothFeetIsFlagged() {
    // wide seed 20230: 16 cells + IMU over a step edge, rep 5 of set 1 bounces on both feet
    bouncesAreFlaggedAndOnlyThey(20_230, "moticon16-imu", 1);
  }

  @Test
  void onPressureAloneABounceMeasuredAtOneTenthOfASecondIsFlagged() {
    // wide seeds 20244 (3 zones) and 20331 (8 zones), flat floor: a bounce's rest read 100-150 ms
    // by the rate (its quick end and start are each timed a little inside the movement) and was
    // not flagged below 100 ms
    bouncesAreFlaggedAndOnlyThey(20_244, "force3", 2);
    bouncesAreFlaggedAndOnlyThey(20_331, "force8", 1);
  }

  @Test
  void aTwoLeggedRepWhoseFeetComeDownApartIsOneRep() {
    // wide seed 20367: IMU only; set 2's rep 7 rises on both feet, and the working foot's last
    // drop (before a bounce) ends 2.4 s after the other foot's: it is one two-legged rep, not a
    // second, spurious one on the other foot
    EvalCase c = WideCases.generate(20_367);
    assertThat(c.name()).contains("imu-only");
    RepTruth both =
        c.truth().allReps().stream()
            .filter(t -> t.flags().contains(RepFlag.TWO_LEGGED))
            .filter(t -> t.upStartMillis() > 350_000)
            .findFirst()
            .orElseThrow();
    Map<RepEvent, RepTruth> m = Collect.run(c).matchedTo(c.truth().allReps());
    assertThat(m.values()).as("counted reps on no truth rep").doesNotContainNull();
    assertThat(m.entrySet())
        .filteredOn(e -> e.getValue() == both)
        .singleElement()
        .satisfies(e -> assertThat(e.getKey().flags()).contains(RepFlag.TWO_LEGGED));
  }
}
