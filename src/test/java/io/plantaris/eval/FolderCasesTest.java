package io.plantaris.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import io.plantaris.sim.GroundTruth;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FolderCasesTest {
  private static final Path SAMPLES = Path.of("samples");

  @Test
  void leftAndRightFilesOfOneNameAreOnePersonWithTwoInsoles() throws Exception {
    EvalCase twoInsoles =
        FolderCases.read(SAMPLES).stream()
            .filter(c -> c.name().equals("two-insoles"))
            .findFirst()
            .orElseThrow();

    assertThat(twoInsoles.recording().tracks())
        .extracting(Track::layout)
        .extracting(l -> l.side())
        .containsExactlyInAnyOrder(Side.LEFT, Side.RIGHT);
    Evaluator e = new Evaluator(AnalysisConfig.defaults());
    e.add(twoInsoles);
    // the truth says 8 reps; with only the resting left insole the count used to be 1
    assertThat(e.report().exactSets()).isEqualTo(1);
  }

  @Test
  void theGroundTruthSaysWhereTheHeelWas() throws Exception {
    List<EvalCase> cases = FolderCases.read(SAMPLES);
    for (EvalCase c : cases) {
      assertThat(c.truth().heelOnFloor()).as(c.name()).isEqualTo(!c.name().equals("step-edge"));
    }
  }

  @Test
  void aTruthWithoutHeelPlacementIsRefused() {
    EvalCase c = SimulatedCases.generate(3);
    GroundTruth t = c.truth();
    GroundTruth old =
        new GroundTruth(
            t.seed(),
            t.scenario(),
            t.layout(),
            t.sampleRateHz(),
            t.bodyMassKg(),
            t.addedLoadKg(),
            null,
            t.prescription(),
            t.tracks(),
            t.sets(),
            t.events());
    Evaluator e = new Evaluator(AnalysisConfig.defaults());
    assertThatThrownBy(() -> e.add(new EvalCase("old", c.recording(), old)))
        .hasMessageContaining("heelOnFloor");
  }
}
