package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.WideCases;
import io.plantaris.sim.GroundTruth.EventKind;
import io.plantaris.sim.GroundTruth.EventTruth;
import org.junit.jupiter.api.Test;

/**
 * A rise and a lowering each over in under a quarter of a second between the rep's own marks are a
 * jolt (a stride's push-off and landing, the pivot of a U-turn), even when the rise rate's wider
 * boundaries let the movement pass as a rep.
 */
class JoltTest {
  @Test
  void theStartOfAWalkWithAUturnIsNoRep() {
    // wide seeds 20142 and 20177: one IMU, movements that are no heel raise; each began a walk
    // with a "rep" of an 84-96 ms rise, a 9-10 s "hold" through the strides, a 120 ms lowering
    for (long seed : new long[] {20_142, 20_177}) {
      EvalCase c = WideCases.generate(seed);
      assertThat(c.name()).contains("imu-only", "not-a-heel-raise");
      Collect got = Collect.run(c.recording(), Evaluator.prescriptionOf(c.truth()));
      EventTruth walk =
          c.truth().events().stream()
              .filter(e -> e.kind() == EventKind.WALK_U_TURN)
              .findFirst()
              .orElseThrow();

      assertThat(got.reps)
          .as("seed %d, walk at %d ms", seed, walk.startMillis())
          .noneMatch(
              r ->
                  r.upStartMicros() / 1000 >= walk.startMillis() - 500
                      && r.upStartMicros() / 1000 <= walk.endMillis());
      for (RepEvent r : got.reps) {
        assertThat(r.upMillis() + r.downMillis()).as("a rep left").isGreaterThanOrEqualTo(500);
      }
    }
  }
}
