package io.plantaris.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.analysis.Collect;
import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepEvent;
import io.plantaris.insole.PlantarRegion;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 3-zone force insole's CSV export, read with the example mapping in samples/. */
class ThreeZoneCsvTest {
  private static final Path MAPPING = Path.of("samples/force3-zone-right.mapping.json");

  @TempDir Path dir;

  /** The simulated right insole written as a two-foot export with the left foot empty. */
  private static String export(Track t) {
    StringBuilder sb = new StringBuilder();
    sb.append("Time [s],Left Heel [N],Left Midfoot [N],Left Forefoot [N],Left Total [N],")
        .append("Right Heel [N],Right Midfoot [N],Right Forefoot [N],Right Total [N]\n");
    for (int k = 0; k < t.size(); k++) {
      float[] n = t.cellNewtons()[k];
      sb.append(
          String.format(
              Locale.ROOT,
              "%.2f,,,,,%.2f,%.2f,%.2f,%.2f%n",
              t.timeMicros()[k] / 1e6,
              n[0],
              n[1],
              n[2],
              n[0] + n[1] + n[2]));
    }
    // a spreadsheet's empty tail: rows of delimiters, the time running on alone, blank lines
    sb.append(",,,,,,,,\n,,,,,,,,\n");
    long last = t.timeMicros()[t.size() - 1];
    for (int k = 1; k <= 3; k++) {
      sb.append(String.format(Locale.ROOT, "%.2f,,,,,,,,%n", (last + k * 10_000) / 1e6));
    }
    sb.append("\n\n");
    return sb.toString();
  }

  private static SimulationResult simulated() {
    return VirtualInsole.simulate(
        Scenario.CLEAN_SET
            .builder(11)
            .layout(LayoutKind.FORCE3)
            .workingSide(Side.RIGHT)
            .targetReps(6)
            .build());
  }

  @Test
  void theThreeZonesImportAsTheirForcesInNewtonsOnAPressureOnlyTrack() throws Exception {
    Track sim = simulated().recording().tracks().get(0);
    Path csv = Files.writeString(dir.resolve("force3.csv"), export(sim));

    Track t = CsvImporter.read(csv, MAPPING).tracks().get(0);

    assertThat(t.layout().side()).isEqualTo(Side.RIGHT);
    assertThat(t.layout().hasImu()).isFalse();
    assertThat(t.layout().cells())
        .extracting(c -> c.region().group())
        .containsExactly(
            PlantarRegion.Group.HEEL, PlantarRegion.Group.MIDFOOT, PlantarRegion.Group.FOREFOOT);
    assertThat(t.size()).isEqualTo(sim.size());
    for (int k = 0; k < t.size(); k += 37) {
      assertThat(t.timeMicros()[k]).isCloseTo(sim.timeMicros()[k], within(5_000L));
      for (int i = 0; i < 3; i++) {
        assertThat(t.cellNewtons()[k][i]).isCloseTo(sim.cellNewtons()[k][i], within(0.006f));
      }
    }
    // standing on one foot at the start: the three zones carry about the whole body weight
    double weight = simulated().config().totalWeightNewtons();
    float[] stand = t.cellNewtons()[100];
    assertThat(stand[0] + stand[1] + stand[2])
        .isCloseTo((float) weight, within(0.1f * (float) weight));
  }

  @Test
  void theImportedExportGivesTheSameRepsAsTheInsoleItCameFrom() throws Exception {
    SimulationResult r = simulated();
    Path csv = Files.writeString(dir.resolve("force3.csv"), export(r.recording().tracks().get(0)));
    Recording imported = CsvImporter.read(csv, MAPPING);

    List<RepEvent> direct = reps(r.recording());
    List<RepEvent> viaCsv = reps(imported);

    assertThat(direct).as("reps on the simulated 3-zone insole").hasSize(6);
    assertThat(viaCsv).hasSameSizeAs(direct);
    for (int i = 0; i < direct.size(); i++) {
      assertThat(viaCsv.get(i).upStartMicros())
          .isCloseTo(direct.get(i).upStartMicros(), within(30_000L));
      assertThat(viaCsv.get(i).flags()).isEqualTo(direct.get(i).flags());
    }
  }

  private static List<RepEvent> reps(Recording recording) {
    return Collect.run(recording, Prescription.rathleff().withTempo(3000, 2000, 3000, 6)).reps;
  }
}
