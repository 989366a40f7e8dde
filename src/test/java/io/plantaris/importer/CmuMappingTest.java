package io.plantaris.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.insole.Recording;
import io.plantaris.insole.Track;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped CMU foot mapping reads the real heel-raise recording with the right pitch sign. */
class CmuMappingTest {
  private static final Path MAPPING =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
          .resolve("samples/cmu-imu-foot.mapping.json");
  private static final String DIR = "cmu-imu-exercise/HeelRaise/";

  @Test
  void stitchedHeelRaisesImportAsOneImuOnlyTrackAt100Hz() throws Exception {
    Recording rec =
        CsvImporter.read(Datasets.require(DIR + "HeelRaise_01_reps1-5_stitched.csv"), MAPPING);

    assertThat(rec.tracks()).hasSize(1);
    Track t = rec.tracks().get(0);
    // 867 lines minus 3 header rows; times 1.17 s .. 9.80 s every 10 ms.
    assertThat(t.size()).isEqualTo(864);
    assertThat(t.layout().sampleRateHz()).isEqualTo(100.0);
    assertThat(t.layout().cellCount()).isZero();
    assertThat(t.layout().hasGyroscope()).isTrue();
    assertThat(t.timeMicros()[0]).isEqualTo(1_170_000L);
  }

  /**
   * Each rep (its time span taken from the separate per-rep file) starts with a positive pitch rate
   * and the foot pitches through 25-60 degrees (reference ankle angle: about 40 degrees).
   */
  @Test
  void everyRepStartsWithPositivePitchRateAndSweepsAbout40Degrees() throws Exception {
    Track stitched =
        CsvImporter.read(Datasets.require(DIR + "HeelRaise_01_reps1-5_stitched.csv"), MAPPING)
            .tracks()
            .get(0);
    for (int rep = 1; rep <= 5; rep++) {
      Track cut =
          CsvImporter.read(Datasets.require(DIR + "HeelRaise_01_rep" + rep + ".csv"), MAPPING)
              .tracks()
              .get(0);
      long from = cut.timeMicros()[0];
      long to = cut.timeMicros()[cut.size() - 1];
      double firstMotion = Double.NaN;
      double angle = 0;
      double min = 0;
      double max = 0;
      for (int i = 1; i < stitched.size(); i++) {
        long t = stitched.timeMicros()[i];
        if (t <= from || t > to) {
          continue;
        }
        double rate = stitched.gyroDps()[i][1];
        if (Double.isNaN(firstMotion) && Math.abs(rate) > 30) {
          firstMotion = rate;
        }
        angle += rate * (t - stitched.timeMicros()[i - 1]) / 1e6;
        min = Math.min(min, angle);
        max = Math.max(max, angle);
      }
      assertThat(firstMotion).as("rep %d first pitch rate over 30 deg/s", rep).isPositive();
      assertThat(max - min).as("rep %d pitch excursion, degrees", rep).isBetween(25.0, 60.0);
    }
  }

  @Test
  void standingStillReadsOneGWithZAsTheLargestUpComponent() throws Exception {
    Track pose =
        CsvImporter.read(Datasets.require("cmu-imu-exercise/Pose/Pose_01_rep1.csv"), MAPPING)
            .tracks()
            .get(0);
    double[] mean = new double[3];
    for (float[] a : pose.accelG()) {
      for (int k = 0; k < 3; k++) {
        mean[k] += a[k] / pose.size();
      }
    }
    double norm = Math.sqrt(mean[0] * mean[0] + mean[1] * mean[1] + mean[2] * mean[2]);
    assertThat(norm).as("|a| standing, g").isBetween(0.95, 1.05);
    // The sensor sits on the sloping top of the foot: z is up but tilted (documented in the
    // mapping).
    assertThat(mean[2]).as("z standing, g").isBetween(0.7, 1.0);
    assertThat(Math.abs(mean[2])).isGreaterThan(Math.max(Math.abs(mean[0]), Math.abs(mean[1])));
  }
}
