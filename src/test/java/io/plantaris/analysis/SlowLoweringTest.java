package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
import io.plantaris.sim.GroundTruth.RepTruth;
import org.junit.jupiter.api.Test;

/**
 * A slow lowering, under control to the end, ends where its pitch passes the lowering mark, not
 * where the settle timeout happens to cut it.
 */
class SlowLoweringTest {
  private static final long MS = 1000;

  @Test
  void aFootStillLoweringIsWaitedForUpToFourTimeouts() {
    SettleWatch w = new SettleWatch(1500, true);
    w.start(0, 10);
    for (long t = 0; t <= 1600 * MS; t += 10 * MS) {
      w.track(t, 10 - t / 1e6); // a degree a second: still lowering
    }
    assertThat(w.timedOut(1600 * MS)).as("still making new lows").isFalse();
    assertThat(w.timedOut(6000 * MS)).as("four timeouts at most").isTrue();
    assertThat(w.timedOut(1900 * MS)).as("no new low for 0.3 s: at rest").isTrue();
    assertThat(w.low()).isCloseTo(8.4, within(1e-9));
    assertThat(w.lowTime()).isEqualTo(1600 * MS);
  }

  @Test
  void pressureOnlyTheTimeoutStands() {
    SettleWatch w = new SettleWatch(1500, false);
    w.start(0, 10);
    w.track(1550 * MS, 9);
    assertThat(w.timedOut(1600 * MS)).isTrue();
    assertThat(w.timedOut(1400 * MS)).isFalse();
  }

  @Test
  void slowLoweringsOfAWideSeedEndAtTheirMark() {
    // wide seed 20170 (16 cells + IMU, flat floor): 20 lowerings of 6-9 s; cut by the settle
    // timeout 1.5 s after the return to the bottom, or read off a trace that had not yet caught
    // up with the mark, 11 ended 1-1.6 s early; 1 does now (a partial rep)
    EvalCase c = WideCases.generate(20_170);
    assertThat(c.name()).contains("moticon16-imu");
    Collect got = new Collect();
    PersonAnalyzer.analyze(
        c.recording(), Evaluator.prescriptionOf(c.truth()), AnalysisConfig.defaults(), null, got);
    int slow = 0;
    int early = 0;
    for (RepTruth t : c.truth().allReps()) {
      if (t.downEndMillis() - t.downStartMillis() < 6000) {
        continue;
      }
      RepEvent r = match(got, t);
      if (r == null) {
        continue;
      }
      slow++;
      early += r.downEndMicros() / MS < t.downEndMillis() - 800 ? 1 : 0;
    }
    assertThat(slow).as("slow lowerings found").isGreaterThanOrEqualTo(10);
    assertThat(early).as("of %d slow lowerings, ended 0.8 s early or more", slow).isLessThan(2);
  }

  private static RepEvent match(Collect got, RepTruth t) {
    for (RepEvent r : got.reps) {
      long o =
          Math.min(t.downEndMillis(), r.downEndMicros() / MS)
              - Math.max(t.upStartMillis(), r.upStartMicros() / MS);
      if (o > 0.5 * (t.downEndMillis() - t.upStartMillis())) {
        return r;
      }
    }
    return null;
  }
}
