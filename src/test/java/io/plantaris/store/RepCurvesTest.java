package io.plantaris.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.analysis.Movement;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepSide;
import io.plantaris.analysis.RmSignal;
import io.plantaris.analysis.SetSummary;
import io.plantaris.ingest.LiveSample;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SetFinished;
import io.plantaris.insole.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cutting a rep's window out of the live samples and averaging it to 10 Hz: a 25 Hz ramp whose
 * values are known at every time, so each stored value can be checked against the ramp.
 */
class RepCurvesTest {
  private static final long T0 = 1_700_000_000_000_000L;

  /** Pitch ramps 1 degree per second; heel share is 0.5 before the rep and 0 during it. */
  private static LiveSample sample(long tMicros, long upMicros) {
    double pitch = (tMicros - T0) / 1e6;
    double heel = tMicros < upMicros ? 0.5 : 0.0;
    return new LiveSample(
        "p1",
        "L1",
        Side.LEFT,
        tMicros,
        new float[] {1},
        Movement.BOTTOM,
        heel,
        pitch,
        Double.NaN,
        Long.MIN_VALUE,
        null,
        0);
  }

  private static RepEvent rep(long upMicros, long downEndMicros) {
    return new RepEvent(
        1,
        1,
        RepSide.LEFT,
        upMicros,
        upMicros + 3_000_000,
        upMicros + 5_000_000,
        downEndMicros,
        35,
        Double.NaN,
        0.9,
        1,
        Set.of());
  }

  @Test
  void aRepIsCutFromHalfASecondBeforeToHalfASecondAfterAndAveragedTo10Hz() {
    List<String> lines = new ArrayList<>();
    RepCurves curves = new RepCurves(lines::add);
    long up = T0 + 10_000_000;
    long downEnd = up + 8_000_000;
    for (long t = T0; t < up + 9_000_000; t += 40_000) { // 25 Hz
      curves.onSample(sample(t, up));
      if (t == downEnd - 200_000) { // judged a moment after its landing
        curves.onRep(new RepVerdict("p1", List.of("L1"), rep(up, downEnd), 0));
        assertThat(lines).as("waits for the samples after the landing").isEmpty();
      }
    }
    assertThat(lines).hasSize(1);
    String line = lines.get(0);
    assertThat(line)
        .startsWith("pl_rep_curve,device=L1,exercise=heel_raise,patient=p1,side=LEFT ")
        .endsWith(" " + up)
        .contains("step_ms=100i")
        .contains("n=90i")
        .contains("start_offset_ms=-450i")
        .doesNotContain("height_mm");
    float[] pitch = CurveText.decode(field(line, "pitch_deg"), 90);
    float[] heel = CurveText.decode(field(line, "heel_share"), 90);
    for (int i = 0; i < 90; i++) {
      // value i averages the samples in [up - 500 + 100 i, up - 400 + 100 i) ms
      double expected = 10 - 0.5 + 0.1 * i + 0.04; // mean of t = start, +40, +80 ms
      assertThat(pitch[i]).as("pitch %d", i).isCloseTo((float) expected, within(0.051f));
      assertThat(heel[i]).as("heel %d", i).isEqualTo(i < 5 ? 0.5f : 0f);
    }
  }

  @Test
  void aRepStillWaitingWhenItsSetEndsIsCutWithTheSamplesThereAre() {
    List<String> lines = new ArrayList<>();
    RepCurves curves = new RepCurves(lines::add);
    long up = T0 + 1_000_000;
    long downEnd = up + 8_000_000;
    for (long t = T0; t <= downEnd; t += 40_000) {
      curves.onSample(sample(t, up));
    }
    curves.onRep(new RepVerdict("p1", List.of("L1"), rep(up, downEnd), 0));
    assertThat(lines).isEmpty();
    curves.onSet(
        new SetFinished(
            "p1",
            List.of("L1"),
            new SetSummary(
                1,
                up,
                downEnd,
                1,
                1,
                8000,
                1,
                0,
                List.of(35.0),
                List.of(100.0),
                0,
                0,
                RmSignal.values()[0])));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains("n=86i"); // 0.5 s before to the last sample at downEnd
  }

  @Test
  void repsOfAnInsoleWithoutLiveSamplesHaveNoCurve() {
    List<String> lines = new ArrayList<>();
    RepCurves curves = new RepCurves(lines::add);
    curves.onRep(new RepVerdict("p1", List.of("R9"), rep(T0, T0 + 8_000_000), 0));
    assertThat(lines).isEmpty();
  }

  @Test
  void textKeepsThreeSignificantDigitsAndMissingValues() {
    float[] v = {0.123456f, 12.3456f, Float.NaN, -3.14159f, 0f, 1234.5f};
    String text = CurveText.encode(v);
    assertThat(text).isEqualTo("0.123,12.3,,-3.14,0,1230");
    float[] back = CurveText.decode(text, v.length);
    assertThat(back).containsExactly(0.123f, 12.3f, Float.NaN, -3.14f, 0f, 1230f);
  }

  private static String field(String line, String name) {
    int i = line.indexOf(name + "=\"") + name.length() + 2;
    return line.substring(i, line.indexOf('"', i));
  }
}
