package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.sim.GroundTruth.EventKind;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.SimulationConfig;
import io.plantaris.sim.SimulationConfigBuilder;
import io.plantaris.sim.VirtualInsole;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quick up-and-down movements that are no heel raise (hops, jumps, drop landings, stair steps) on
 * every layout: a heel raise is a controlled movement, so a whole rep under {@link
 * AnalysisConfig#DEFAULT_MIN_REP_MILLIS} is none; and a foot in flight (an accelerometer reading
 * free fall) or carried to a step (accelerating along the ground) is not standing on its toes. The
 * fastest real heel raises this project has (the CMU recordings, {@link RealDataTest}) still count.
 * A squat moves the centre of pressure forward as a heel raise does, slowly, but its heel stays on
 * the floor.
 */
class NotAHeelRaiseTest {
  private static final List<EventKind> QUICK =
      List.of(EventKind.HOP, EventKind.JUMP, EventKind.DROP_LANDING, EventKind.STAIR_STEP);

  /** Every layout, every movement. */
  static Stream<Arguments> cases() {
    return Arrays.stream(LayoutKind.values())
        .flatMap(l -> QUICK.stream().map(k -> Arguments.of(l, k)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void hopsJumpsLandingsAndStairStepsGiveNoRep(LayoutKind layout, EventKind kind) {
    assertThat(repsCounted(layout, kind, 2))
        .as("reps counted in 6 " + kind + " on " + layout)
        .isZero();
  }

  @ParameterizedTest
  @MethodSource("layouts")
  void squatsGiveNoRep(LayoutKind layout) {
    assertThat(repsCounted(layout, EventKind.SQUAT, 4))
        .as("reps counted in 12 squats on " + layout)
        .isZero();
  }

  /** Reps counted on {@code layout} in {@code rounds} of {@code kind} on each of seeds 31-33. */
  private static int repsCounted(LayoutKind layout, EventKind kind, int rounds) {
    int reps = 0;
    for (long seed = 31; seed <= 33; seed++) {
      SimulationConfigBuilder b =
          SimulationConfig.builder()
              .seed(seed)
              .layout(layout)
              .scenario("activities")
              .sets(0)
              .calibrationMillis(5000);
      for (int round = 0; round < rounds; round++) {
        b.otherActivity(kind);
      }
      reps += Collect.run(VirtualInsole.simulate(b.build()).recording()).reps.size();
    }
    return reps;
  }

  static Stream<LayoutKind> layouts() {
    return Arrays.stream(LayoutKind.values());
  }
}
