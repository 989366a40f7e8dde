package io.plantaris.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The heel is loaded at the top when it takes weight in the hold, compared with how much it carries
 * standing: not where it starts to reload as the lowering begins, nor against one bottom read with
 * the weight briefly forward. And it slams down where it strikes, not where the weight leant on the
 * other foot comes back to it.
 */
class HeelAtTopTest {
  @ParameterizedTest(name = "wide seed {0} ({1}): {2} reps with the heel loaded at the top")
  @CsvSource({
    // 3 zones, flat floor: the heel's share climbs from 0.07 to 0.18 as the lowering starts, while
    // the centre of pressure is still within the top's 30 %; rep 3 was flagged
    "20244, force3, 0",
    // 16 cells + IMU on a towel: rep 4's bottom read 0.18 of the load on the heel (0.44 around it),
    // and its heel-off top of 0.06 passed for a loaded heel
    "20370, moticon16-imu, 0",
    // the same on a towel: rep 6's bottom read 0.21; rep 3 dips its heel in the hold
    "20380, moticon16-imu, 1",
    // 16 cells, packet loss: rep 4 dips its heel in the hold (flagged), reps 3 and 9 did not
    "20233, moticon16, 1",
    // 8 zones, flat floor: three reps dip their heel in the hold
    "20146, force8, 3"
  })
  void flaggedWhereTheHeelTookWeightInTheHold(long seed, String layout, int loaded) {
    Collect.flagsAsTruth(seed, layout, RepFlag.HEEL_LOADED_AT_TOP, loaded);
  }

  @ParameterizedTest(name = "wide seed {0} ({1}): {2} heel slams")
  @CsvSource({
    // 16 cells + IMU, one insole: reps with weight on the other foot end with this foot's load
    // 1.5-1.6 times its hold's as the weight comes back, with the accelerometer still (0.03 g):
    // no strike; the slams here jolt it by 4.7-4.9 g
    "20285, moticon16-imu, 2",
    "20375, moticon16-imu, 0"
  })
  void aSlamStrikesWhereAnAccelerometerCanFeelIt(long seed, String layout, int slams) {
    Collect.flagsAsTruth(seed, layout, RepFlag.HEEL_SLAM, slams);
  }
}
