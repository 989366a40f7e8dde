package io.plantaris.sim;

import io.plantaris.analysis.RepFlag;
import io.plantaris.insole.Side;

/** Named presets used for samples, tests and the {@code simulate} command. */
public enum Scenario {
  /** 20 s of quiet single-leg standing: calibration and force magnitudes. */
  QUIET_STAND("quiet-stand"),
  /** One clean set of 12 single-leg 3-2-3 reps on a flat floor. */
  CLEAN_SET("clean-set"),
  /** One set of 12 with one rep of each fault (session reps 2..10). */
  FAULTS_SET("faults-set"),
  /** One clean set with the forefoot on a step and a towel under the toes. */
  STEP_EDGE("step-edge"),
  /** A clean set recorded by an 8-cell force insole without IMU. */
  FORCE8_FLAT("force8-flat"),
  /** A clean set recorded by an IMU without pressure cells. */
  IMU_ONLY("imu-only"),
  /** Both feet instrumented; one rep on the other foot's weight and one two-legged. */
  TWO_INSOLES("two-insoles"),
  /** 3 sets at 12RM with a backpack: reps slow and shrink, later sets end early. */
  FATIGUE_RM("fatigue-rm"),
  /** 2 sets of 6 with walking about during a 60 s rest, both insoles. */
  WALKING_BETWEEN_SETS("walking-between-sets");

  private final String id;

  Scenario(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Scenario parse(String text) {
    for (Scenario s : values()) {
      if (s.id.equalsIgnoreCase(text) || s.name().equalsIgnoreCase(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown scenario '" + text + "'");
  }

  /** A builder holding this preset with {@code seed}; adjust and build. */
  public SimulationConfigBuilder builder(long seed) {
    SimulationConfigBuilder b =
        SimulationConfig.builder().seed(seed).scenario(id).sets(1).restMillis(20_000);
    return switch (this) {
      case QUIET_STAND -> b.calibrationMillis(20_000).sets(0);
      case CLEAN_SET -> b;
      case FAULTS_SET ->
          b.fault(RepFlag.TOO_FAST_UP, 2)
              .fault(RepFlag.TOO_FAST_DOWN, 3)
              .fault(RepFlag.HOLD_TOO_SHORT, 4)
              .fault(RepFlag.PARTIAL_RANGE, 5)
              .fault(RepFlag.HEEL_LOADED_AT_TOP, 6)
              .fault(RepFlag.HEEL_SLAM, 7)
              .fault(RepFlag.BOUNCE, 8)
              .fault(RepFlag.WEIGHT_ON_OTHER_FOOT, 9)
              .fault(RepFlag.TWO_LEGGED, 10);
      case STEP_EDGE -> b.stepEdge(true).towelUnderToes(true);
      case FORCE8_FLAT -> b.layout(LayoutKind.FORCE8);
      case IMU_ONLY -> b.layout(LayoutKind.IMU_ONLY);
      case TWO_INSOLES ->
          b.twoInsoles(true)
              .workingSide(Side.RIGHT)
              .targetReps(8)
              .fault(RepFlag.WEIGHT_ON_OTHER_FOOT, 3)
              .fault(RepFlag.TWO_LEGGED, 6);
      case FATIGUE_RM -> b.sets(3).addedLoadKg(8).fatigue(true).restMillis(60_000);
      case WALKING_BETWEEN_SETS ->
          b.sets(2).targetReps(6).twoInsoles(true).walkingBetweenSets(true).restMillis(60_000);
    };
  }

  public SimulationConfig config(long seed) {
    return builder(seed).build();
  }
}
