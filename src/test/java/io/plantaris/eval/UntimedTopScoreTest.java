package io.plantaris.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.AnalysisConfig;
import org.junit.jupiter.api.Test;

/**
 * The hold start and lowering start of a rep the analysis said it saw too little movement to time
 * (pressure alone over a step edge) are scored apart, as uncertain verdicts are; its onset and
 * lowering end are scored as ever, and an IMU's reps are scored whole.
 */
class UntimedTopScoreTest {
  @Test
  void aTopTheAnalysisCouldNotTimeIsScoredApartAndReported() {
    // wide seed 20201: 8 zones over a step edge; wide seed 20217: IMU only, flat floor
    EvalCase edge = WideCases.generate(20_201);
    assertThat(edge.name()).contains("force8 ").endsWith("step");
    Evaluator e = new Evaluator(AnalysisConfig.defaults());
    e.add(edge);
    EvalReport r = e.report();
    BoundaryScore onset = r.boundaries().get(0);
    BoundaryScore hold = r.boundaries().get(1);
    assertThat(onset.scored()).isPositive();
    assertThat(hold.scored()).isZero();
    assertThat(hold.untimed()).isEqualTo(onset.scored());
    assertThat(r.format()).contains("untimed (too little movement): " + hold.untimed());

    EvalCase imu = WideCases.generate(20_217);
    assertThat(imu.name()).contains("imu");
    Evaluator i = new Evaluator(AnalysisConfig.defaults());
    i.add(imu);
    BoundaryScore imuHold = i.report().boundaries().get(1);
    assertThat(imuHold.untimed()).isZero();
    assertThat(imuHold.scored()).isPositive();
  }
}
