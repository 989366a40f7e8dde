package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepSide;
import io.plantaris.store.RepCurve;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rep's curve in the session report's JSON: times from upStart, nulls where not measured. */
class RepCurveJsonTest {
  @Test
  void timesFromTheRepsStartAndNullForWhatWasNotMeasured() {
    float[] none = new float[3];
    Arrays.fill(none, Float.NaN);
    RepCurve c =
        new RepCurve(
            "p1",
            "L1",
            RepSide.LEFT,
            1_000_000,
            -450,
            100,
            new float[] {0.5f, Float.NaN, 0.0123f},
            new float[] {1.5f, 20f, 35.25f},
            none);
    Map<String, Object> m = RepCurveJson.of(c);
    assertThat(m.get("tMillis")).asList().containsExactly(-450L, -350L, -250L);
    assertThat(m.get("heelShare")).asList().containsExactly(0.5, null, 0.012);
    assertThat(m.get("pitchDeg")).asList().containsExactly(1.5, 20.0, 35.25);
    assertThat(m.get("heightMm")).as("an insole without an IMU has no rise").isNull();
    assertThat(RepCurveJson.of(null)).as("a rep without a stored curve").isNull();
  }
}
