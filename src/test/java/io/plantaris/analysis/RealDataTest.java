package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.importer.RecordingFormat;
import io.plantaris.importer.RecordingReader;
import io.plantaris.insole.InsoleSample;
import io.plantaris.insole.Recording;
import io.plantaris.insole.SensorLayout;
import io.plantaris.insole.Track;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recordings nobody on this project shaped: heel raises must be counted, walking must not. */
class RealDataTest {
  private static final Path DATASETS = Path.of("../shared/datasets");
  private static final Path CMU = DATASETS.resolve("cmu-imu-exercise");
  private static final Path MAPPING = Path.of("samples/cmu-imu-foot.mapping.json");

  private static Path dataset(Path file) {
    if (!Files.isRegularFile(file)) {
      if (System.getenv("CI") != null) {
        fail("dataset missing in CI: " + file.toAbsolutePath());
      }
      Assumptions.abort("dataset not present here: " + file);
    }
    return file;
  }

  private static Collect analyse(Path file, RecordingFormat format) throws Exception {
    Path mapping = format == RecordingFormat.CSV ? MAPPING : null;
    Recording r = RecordingReader.read(dataset(file), format, mapping);
    return Collect.run(r);
  }

  @Test
  void cmuStitchedHeelRaisesGiveFiveRepsAllTooFastFor323() throws Exception {
    Collect c =
        analyse(CMU.resolve("HeelRaise/HeelRaise_01_reps1-5_stitched.csv"), RecordingFormat.CSV);

    assertThat(c.reps).hasSize(5);
    for (RepEvent r : c.reps) {
      assertThat(r.flags()).containsAnyOf(RepFlag.TOO_FAST_UP, RepFlag.TOO_FAST_DOWN);
      assertThat(r.flags()).contains(RepFlag.HOLD_TOO_SHORT);
      assertThat(r.valid()).isFalse();
      // Reference: about 40 degrees of ankle motion per rep (joint-angles in the dataset).
      assertThat(r.peakPitchDegrees()).isBetween(25.0, 60.0);
      // The stitched rests are interpolated, so a rep may run a little into them.
      assertThat(r.tensionMillis()).isBetween(500L, 3000L);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Walk/Walk_01_rep1.csv",
        "Walk/Walk_01_rep2.csv",
        "Walk/Walk_01_rep3.csv",
        "Pose/Pose_01_rep1.csv"
      })
  void cmuWalkingAndStandingGiveNoReps(String file) throws Exception {
    assertThat(analyse(CMU.resolve(file), RecordingFormat.CSV).reps).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "230927_102114.txt",
        "230927_102137.txt",
        "230927_102231.txt",
        "walk_data_with_events.txt"
      })
  void moticonWalkingGivesNoReps(String file) throws Exception {
    Collect c = analyse(DATASETS.resolve("moticon-opengo").resolve(file), RecordingFormat.MOTICON);
    assertThat(c.reps).isEmpty();
  }

  /**
   * Reps 1-5 against the right ankle angle of joint-angles/ read at the 10 % marks (rise, hold,
   * lowering in ms: 360/280/340, 260/350/280, 250/400/350, 250/330/310, 270/410/320). Timed by the
   * rise rate the same reps read rises of 660-1010 ms and holds of 0-41 ms.
   */
  @Test
  void cmuRepsTimedAtTheMarksMatchTheAnkleAngle() throws Exception {
    Path file = dataset(CMU.resolve("HeelRaise/HeelRaise_01_reps1-5_rest.csv"));
    Recording r = RecordingReader.read(file, RecordingFormat.CSV, MAPPING);
    Collect c = new Collect();
    PersonAnalyzer.analyze(
        r, Prescription.rathleff(), AnalysisConfig.defaults().withPhaseMarks(true), null, c);
    long[][] reference = {
      {360, 280, 340}, {260, 350, 280}, {250, 400, 350}, {250, 330, 310}, {270, 410, 320}
    };
    assertThat(c.reps).hasSize(5);
    for (int i = 0; i < 5; i++) {
      RepEvent e = c.reps.get(i);
      assertThat(e.upMillis()).as("rise %d", i + 1).isCloseTo(reference[i][0], within(120L));
      assertThat(e.holdMillis()).as("hold %d", i + 1).isCloseTo(reference[i][1], within(120L));
      assertThat(e.downMillis()).as("lowering %d", i + 1).isCloseTo(reference[i][2], within(170L));
      assertThat(e.flags()).contains(RepFlag.TOO_FAST_UP, RepFlag.TOO_FAST_DOWN);
    }
  }

  /**
   * Real Moticon exports, each insole without its IMU (a pressure-only insole): where the people
   * stand between walks (centre of pressure swaying at 7-15 mm/s median, load wandering 11-24 %)
   * the standing load is learnt, which a rate threshold of 0.26 mm/s never allowed; and it is never
   * a stride's load (up to 1,400 N here). Both feet stand: each carries about half the weight.
   */
  @Test
  void aPressureOnlyInsoleLearnsItsStandingLoadFromRealSwayingStance() throws Exception {
    int learnt = 0;
    for (String name : List.of("230927_102114.txt", "230927_102137.txt", "230927_102231.txt")) {
      Path file = dataset(DATASETS.resolve("moticon-opengo").resolve(name));
      for (Track track : RecordingReader.read(file, RecordingFormat.MOTICON, null).tracks()) {
        double body = standingLoadWithoutImu(track);
        assertThat(body).as("%s %s, N", name, track.layout().side()).isBetween(-1.0, 600.0);
        learnt += body > 350 ? 1 : 0;
      }
    }
    assertThat(learnt).as("insoles that learnt a standing load, of 6").isGreaterThanOrEqualTo(3);
  }

  private static double standingLoadWithoutImu(Track track) {
    SensorLayout l = track.layout();
    SensorLayout pressureOnly =
        new SensorLayout(
            l.deviceId(), l.side(), l.sampleRateHz(), l.cells(), false, false, l.insoleLengthMm());
    FootTracker foot = new FootTracker(0, pressureOnly, AnalysisConfig.defaults(), rep -> {});
    InsoleSample s = new InsoleSample(l.cellCount());
    for (int i = 0; i < track.size(); i++) {
      track.fill(i, s);
      foot.accept(s);
    }
    return foot.bodyLoadN();
  }
}
