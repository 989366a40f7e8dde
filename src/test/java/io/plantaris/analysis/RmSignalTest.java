package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import io.plantaris.protocol.WireTrackReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RM signal counts reps with proper form: a full count of flawed reps shows no reserve. */
class RmSignalTest {

  @Test
  void aSetOfTwelveRepsMostlyFlawedEndedEarlyAtTheRm() throws Exception {
    SetSummary s = onlySet(Path.of("samples", "faults-set.plw"));
    assertThat(s.repCount()).isGreaterThanOrEqualTo(12);
    assertThat(s.validReps()).isLessThan(12);
    assertThat(s.rmSignal()).isEqualTo(RmSignal.ENDED_EARLY);
  }

  @Test
  void aCleanSetOfElevenRepsAgainstATargetOfTwelveEndedEarly() throws Exception {
    SetSummary s = onlySet(Path.of("samples", "clean-set.plw"));
    assertThat(s.validReps()).isEqualTo(11);
    assertThat(s.rmSignal()).isEqualTo(RmSignal.ENDED_EARLY);
  }

  private static SetSummary onlySet(Path file) throws Exception {
    Recording r = new Recording(List.of(WireTrackReader.read(Files.readAllBytes(file)).track()));
    List<SetSummary> sets = new ArrayList<>();
    PersonAnalyzer.analyze(
        r,
        Prescription.rathleff(),
        AnalysisConfig.defaults(),
        Side.UNKNOWN,
        new AnalysisListener() {
          @Override
          public void onRep(RepEvent rep) {}

          @Override
          public void onSet(SetSummary set) {
            sets.add(set);
          }
        });
    assertThat(sets).hasSize(1);
    return sets.get(0);
  }
}
