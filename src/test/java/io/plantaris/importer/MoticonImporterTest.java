package io.plantaris.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Imports the four real Moticon OpenGo exports and checks them against the export's own data. */
class MoticonImporterTest {
  private static final String DIR = "moticon-opengo/";

  // Rows per side counted independently: awk -F'\t' '!/^#/ {if($2!="") l++; if($27!="") r++}'
  @ParameterizedTest
  @CsvSource({
    "230927_102114.txt, 1687, 1737, 7, SN5968, SN9171",
    "230927_102137.txt, 2200, 2269, 7, SN5968, SN9171",
    "230927_102231.txt, 939, 1005, 7, SN5968, SN9171",
    "walk_data_with_events.txt, 499, 499, 3, SN5392, SN6181"
  })
  void importsBothInsolesAt100HzWithEveryRowOfEachSide(
      String file, int leftRows, int rightRows, int size, String leftId, String rightId)
      throws Exception {
    MoticonExport export = new MoticonImporter().read(Datasets.require(DIR + file));

    assertThat(export.recording().tracks()).hasSize(2);
    assertThat(export.insoleSize()).isEqualTo(size);
    Track left = export.track(Side.LEFT);
    Track right = export.track(Side.RIGHT);
    assertThat(left.size()).isEqualTo(leftRows);
    assertThat(right.size()).isEqualTo(rightRows);
    assertThat(left.layout().deviceId()).isEqualTo(leftId);
    assertThat(right.layout().deviceId()).isEqualTo(rightId);
    for (Track t : export.recording().tracks()) {
      assertThat(t.layout().sampleRateHz()).isEqualTo(100.0);
      assertThat(t.layout().cellCount()).isEqualTo(16);
      assertThat(t.layout().hasAccelerometer()).isTrue();
      assertThat(t.layout().hasGyroscope()).isTrue();
    }
  }

  /**
   * The fitted cell areas reproduce the export's own total force to within 1.0 N on every row (the
   * export rounds it to 1 N; measured worst case 0.70 N), in every file, on both sides, for both
   * insole sizes.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "230927_102114.txt",
        "230927_102137.txt",
        "230927_102231.txt",
        "walk_data_with_events.txt"
      })
  void sumOfCellNewtonsMatchesTheExportsTotalForce(String file) throws Exception {
    MoticonExport export = new MoticonImporter().read(Datasets.require(DIR + file));
    for (Track t : export.recording().tracks()) {
      float[] exportTotal = export.exportTotalForceN().get(t.layout().side());
      double peak = 0;
      for (int i = 0; i < t.size(); i++) {
        double sum = 0;
        for (float n : t.cellNewtons()[i]) {
          sum += n;
        }
        peak = Math.max(peak, sum);
        assertThat(sum)
            .as("%s %s row %d", file, t.layout().side(), i)
            .isCloseTo(exportTotal[i], within(1.5));
      }
      assertThat(peak).as("peak total force of a walking adult, N").isBetween(500.0, 2000.0);
    }
  }

  /** Heel cells peak first in stance, then midfoot, metatarsal heads, toes last. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "230927_102114.txt",
        "230927_102137.txt",
        "230927_102231.txt",
        "walk_data_with_events.txt"
      })
  void regionsPeakInHeelMidfootForefootToeOrderDuringStance(String file) throws Exception {
    MoticonExport export = new MoticonImporter().read(Datasets.require(DIR + file));
    for (Track t : export.recording().tracks()) {
      Map<PlantarRegion.Group, Double> peak = StancePeaks.meanPeakFraction(t);
      assertThat(peak.get(PlantarRegion.Group.HEEL))
          .as("%s %s: %s", file, t.layout().side(), peak)
          .isLessThan(peak.get(PlantarRegion.Group.MIDFOOT));
      assertThat(peak.get(PlantarRegion.Group.MIDFOOT))
          .as("%s %s: %s", file, t.layout().side(), peak)
          .isLessThan(peak.get(PlantarRegion.Group.FOREFOOT));
      assertThat(peak.get(PlantarRegion.Group.FOREFOOT))
          .as("%s %s: %s", file, t.layout().side(), peak)
          .isLessThan(peak.get(PlantarRegion.Group.TOES));
    }
  }

  /**
   * In the insole frame, standing reads about +1 g on z, heel rise into push-off is positive pitch
   * rate on both feet, and the roll rate of the two feet in push-off has opposite signs (mirror
   * symmetric gait).
   */
  @ParameterizedTest
  @ValueSource(strings = {"230927_102114.txt", "230927_102137.txt", "230927_102231.txt"})
  void imuAxesFollowTheInsoleFrameOnBothSides(String file) throws Exception {
    MoticonExport export = new MoticonImporter().read(Datasets.require(DIR + file));
    Map<Side, double[]> pushOff = new EnumMap<>(Side.class);
    for (Track t : export.recording().tracks()) {
      assertThat((double) t.accelG()[0][2]).as("standing z, g").isCloseTo(1.0, within(0.1));
      pushOff.put(t.layout().side(), StancePeaks.meanGyroWhileHeelOff(t));
    }
    for (double[] gyro : pushOff.values()) {
      assertThat(gyro[1]).as("pitch rate while the heel rises, deg/s").isGreaterThan(50);
    }
    assertThat(pushOff.get(Side.LEFT)[0] * pushOff.get(Side.RIGHT)[0])
        .as("left and right roll rate in push-off have opposite signs")
        .isNegative();
  }

  static Path file(String name) {
    return Datasets.require(DIR + name);
  }
}
