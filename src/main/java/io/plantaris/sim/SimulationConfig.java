package io.plantaris.sim;

import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.Tempo;
import io.plantaris.insole.Side;
import java.util.List;

/**
 * Everything the virtual insole needs to simulate one session; build with {@link #builder()}, whose
 * defaults are a 75 kg person doing 3 sets of 12 single-leg 3-2-3 heel raises on a flat floor.
 *
 * @param seed seeds every random draw: the same config gives the same bytes
 * @param scenario a name carried into the ground truth
 * @param twoInsoles both feet instrumented (else only {@code workingSide})
 * @param workingSide the foot doing single-leg reps
 * @param actualTempo the person's own mean tempo (null: they follow the prescription)
 * @param tempoVariation natural per-phase variation of a clean rep, at most 0.12 (+-12%)
 * @param flagTolerance a phase is too fast/short when shorter than prescribed * (1 - this)
 * @param fullPitchDegrees the person's full heel-raise range of foot pitch
 * @param stepEdge forefoot on a step, heel hanging below step level at the bottom
 * @param stepEdgeDropDegrees how far (pitch) the heel hangs below level at the bottom
 * @param towelUnderToes rolled towel under the toes: toes take more load at the top
 * @param handSupportFraction share of body weight taken by a hand on the wall
 * @param calibrationMillis quiet stand at the start, in the prescribed stance
 * @param restMillis rest between sets (standing on both feet)
 * @param bottomPauseMillis settled pause at the bottom between reps
 * @param fatigue reps slow down and shrink toward the end of each set; sets may end early
 * @param walkingBetweenSets the person walks about for part of each rest
 * @param walkingMillis how long they walk (capped at 60% of the rest)
 * @param motion how the movement itself varies (velocity profiles, sway at the top); null: every
 *     rep at an even pace with a small sway. Either way the truth's phase boundaries are the 10 %
 *     marks of the pitch curve ({@link PhaseMarks}) and the drafted phase times lie between them
 * @param domain further domain randomisation (centre-of-pressure wobble, gyro drift, irregular
 *     tempo, slow partial rises, shoes, balance steps)
 * @param otherActivities movements that are no heel raise, done after the sets
 */
public record SimulationConfig(
    long seed,
    String scenario,
    LayoutKind layout,
    double sampleRateHz,
    boolean twoInsoles,
    Side workingSide,
    double bodyMassKg,
    double addedLoadKg,
    Prescription prescription,
    int sets,
    Tempo actualTempo,
    double tempoVariation,
    double flagTolerance,
    double fullPitchDegrees,
    boolean stepEdge,
    double stepEdgeDropDegrees,
    boolean towelUnderToes,
    double handSupportFraction,
    long calibrationMillis,
    long restMillis,
    long bottomPauseMillis,
    boolean fatigue,
    boolean walkingBetweenSets,
    long walkingMillis,
    FaultPlan faults,
    List<CellDropout> cellDropouts,
    List<PacketLoss> packetLosses,
    SensorNoise noise,
    MotionVariation motion,
    DomainVariation domain,
    List<GroundTruth.EventKind> otherActivities) {

  public SimulationConfig {
    require(sampleRateHz >= 10 && sampleRateHz <= 1000, "sampleRateHz must be 10..1000");
    require(workingSide == Side.LEFT || workingSide == Side.RIGHT, "workingSide: LEFT or RIGHT");
    require(bodyMassKg >= 20 && bodyMassKg <= 250, "bodyMassKg must be 20..250");
    require(addedLoadKg >= 0 && addedLoadKg <= 100, "addedLoadKg must be 0..100");
    require(sets >= 0, "sets must be >= 0 (0: standing only)");
    require(tempoVariation >= 0 && tempoVariation <= 0.12, "tempoVariation must be 0..0.12");
    require(flagTolerance > 0.15 && flagTolerance < 0.6, "flagTolerance must be 0.15..0.6");
    require(fullPitchDegrees >= 10 && fullPitchDegrees <= 60, "fullPitchDegrees must be 10..60");
    require(handSupportFraction >= 0 && handSupportFraction <= 0.2, "handSupport must be 0..0.2");
    require(calibrationMillis >= 1000, "calibrationMillis must be >= 1000");
    require(restMillis >= 2000, "restMillis must be >= 2000");
    require(bottomPauseMillis >= 300, "bottomPauseMillis must be >= 300 (else it is a bounce)");
    scenario = scenario == null ? "custom" : scenario;
    actualTempo = actualTempo == null ? prescription.tempo() : actualTempo;
    cellDropouts = List.copyOf(cellDropouts);
    packetLosses = List.copyOf(packetLosses);
    domain = domain == null ? DomainVariation.NONE : domain;
    otherActivities = otherActivities == null ? List.of() : List.copyOf(otherActivities);
    for (GroundTruth.EventKind k : otherActivities) {
      require(OtherMotion.simulated(k), "no simulated movement for " + k);
    }
    if (layout == LayoutKind.IMU_ONLY && !cellDropouts.isEmpty()) {
      throw new IllegalArgumentException("an imu-only layout has no cells to drop out");
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Total vertical force of person plus backpack, newtons. */
  public double totalWeightNewtons() {
    return (bodyMassKg + addedLoadKg) * 9.80665;
  }

  public static SimulationConfigBuilder builder() {
    return new SimulationConfigBuilder();
  }

  /** A builder pre-filled with this config's values. */
  public SimulationConfigBuilder toBuilder() {
    return new SimulationConfigBuilder(this);
  }
}
