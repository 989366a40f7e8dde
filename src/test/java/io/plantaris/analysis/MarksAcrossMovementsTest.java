package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.eval.EvalCase;
import io.plantaris.eval.WideCases;
import io.plantaris.sim.GroundTruth.EventKind;
import io.plantaris.sim.GroundTruth.EventTruth;
import io.plantaris.sim.GroundTruth.RepTruth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rep's marks are read off one top: the strides of a walk before it, judged no rep, are not part
 * of its rise, and a walk's strides read together are no rep with a 9 s hold.
 */
class MarksAcrossMovementsTest {
  @Test
  void theFirstRepAfterAWalkIsTimedFromItsOwnRise() {
    // wide seed 20015: 16 cells + IMU, a walk (114.7-124.8 s) before set 2; its first rep (rise
    // from 134.4 s) was read from a stride at 115.1 s: a 0.2 s rise, a 24.6 s hold, TOO_FAST_UP
    EvalCase c = WideCases.generate(20_015);
    assertThat(c.name()).contains("moticon16-imu").contains("walking");
    RepTruth first =
        c.truth().allReps().stream()
            .filter(t -> t.upStartMillis() > 125_000)
            .findFirst()
            .orElseThrow();
    Map<RepEvent, RepTruth> m = Collect.run(c).matchedTo(c.truth().allReps());
    assertThat(m.entrySet())
        .filteredOn(e -> e.getValue() == first)
        .singleElement()
        .satisfies(
            e -> {
              RepEvent r = e.getKey();
              assertThat(r.upStartMicros() / 1000)
                  .isBetween(first.upStartMillis() - 250, first.upStartMillis() + 250);
              assertThat(r.holdStartMicros() / 1000)
                  .isBetween(first.holdStartMillis() - 250, first.holdStartMillis() + 250);
              assertThat(r.flags()).containsExactlyInAnyOrderElementsOf(first.flags());
            });
  }

  @Test
  void aWalksStridesAreNoRep() {
    // wide seed 20212: one IMU-only insole, no heel raises; the walk with a U-turn at 81.4-92.5 s
    // was counted as one rep rising at 82.0 s and lowering at 91.3 s
    EvalCase c = WideCases.generate(20_212);
    assertThat(c.truth().allReps()).isEmpty();
    EventTruth walk =
        c.truth().events().stream()
            .filter(e -> e.kind() == EventKind.WALK_U_TURN)
            .filter(e -> e.startMillis() > 80_000)
            .findFirst()
            .orElseThrow();
    assertThat(Collect.run(c).reps)
        .filteredOn(r -> r.downEndMicros() / 1000 > walk.startMillis())
        .filteredOn(r -> r.upStartMicros() / 1000 < walk.endMillis())
        .isEmpty();
  }
}
