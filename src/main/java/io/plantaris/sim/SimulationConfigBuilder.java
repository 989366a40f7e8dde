package io.plantaris.sim;

import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.Tempo;
import io.plantaris.insole.Side;
import java.util.ArrayList;
import java.util.List;

/** Mutable builder for {@link SimulationConfig}; every field starts at its documented default. */
public final class SimulationConfigBuilder {
  private long seed = 42;
  private String scenario = "custom";
  private LayoutKind layout = LayoutKind.MOTICON16_IMU;
  private double sampleRateHz = 100;
  private boolean twoInsoles;
  private Side workingSide = Side.LEFT;
  private double bodyMassKg = 75;
  private double addedLoadKg;
  private Prescription prescription = Prescription.rathleff();
  private int sets = 3;
  private Tempo actualTempo;
  private double tempoVariation = 0.08;
  private double flagTolerance = 0.25;
  private double fullPitchDegrees = 35;
  private boolean stepEdge;
  private double stepEdgeDropDegrees = 12;
  private boolean towelUnderToes;
  private double handSupportFraction = 0.03;
  private long calibrationMillis = 5000;
  private long restMillis = 120_000;
  private long bottomPauseMillis = 600;
  private boolean fatigue;
  private boolean walkingBetweenSets;
  private long walkingMillis = 20_000;
  private FaultPlan faults = FaultPlan.NONE;
  private final List<CellDropout> cellDropouts = new ArrayList<>();
  private final List<PacketLoss> packetLosses = new ArrayList<>();
  private SensorNoise noise = SensorNoise.DEFAULT;
  private MotionVariation motion;
  private DomainVariation domain = DomainVariation.NONE;
  private final List<GroundTruth.EventKind> otherActivities = new ArrayList<>();

  SimulationConfigBuilder() {}

  SimulationConfigBuilder(SimulationConfig c) {
    seed = c.seed();
    scenario = c.scenario();
    layout = c.layout();
    sampleRateHz = c.sampleRateHz();
    twoInsoles = c.twoInsoles();
    workingSide = c.workingSide();
    bodyMassKg = c.bodyMassKg();
    addedLoadKg = c.addedLoadKg();
    prescription = c.prescription();
    sets = c.sets();
    actualTempo = c.actualTempo().equals(c.prescription().tempo()) ? null : c.actualTempo();
    tempoVariation = c.tempoVariation();
    flagTolerance = c.flagTolerance();
    fullPitchDegrees = c.fullPitchDegrees();
    stepEdge = c.stepEdge();
    stepEdgeDropDegrees = c.stepEdgeDropDegrees();
    towelUnderToes = c.towelUnderToes();
    handSupportFraction = c.handSupportFraction();
    calibrationMillis = c.calibrationMillis();
    restMillis = c.restMillis();
    bottomPauseMillis = c.bottomPauseMillis();
    fatigue = c.fatigue();
    walkingBetweenSets = c.walkingBetweenSets();
    walkingMillis = c.walkingMillis();
    faults = c.faults();
    cellDropouts.addAll(c.cellDropouts());
    packetLosses.addAll(c.packetLosses());
    noise = c.noise();
    motion = c.motion();
    domain = c.domain();
    otherActivities.addAll(c.otherActivities());
  }

  public SimulationConfigBuilder seed(long v) {
    seed = v;
    return this;
  }

  public SimulationConfigBuilder scenario(String v) {
    scenario = v;
    return this;
  }

  public SimulationConfigBuilder layout(LayoutKind v) {
    layout = v;
    return this;
  }

  public SimulationConfigBuilder sampleRateHz(double v) {
    sampleRateHz = v;
    return this;
  }

  public SimulationConfigBuilder twoInsoles(boolean v) {
    twoInsoles = v;
    return this;
  }

  public SimulationConfigBuilder workingSide(Side v) {
    workingSide = v;
    return this;
  }

  public SimulationConfigBuilder bodyMassKg(double v) {
    bodyMassKg = v;
    return this;
  }

  public SimulationConfigBuilder addedLoadKg(double v) {
    addedLoadKg = v;
    return this;
  }

  public SimulationConfigBuilder prescription(Prescription v) {
    prescription = v;
    return this;
  }

  /** Keeps the prescription's tempo and stance, changes the reps per set. */
  public SimulationConfigBuilder targetReps(int v) {
    prescription = prescription.withVolume(v, prescription.sets());
    return this;
  }

  public SimulationConfigBuilder sets(int v) {
    sets = v;
    prescription = prescription.withVolume(prescription.targetReps(), Math.max(1, v));
    return this;
  }

  public SimulationConfigBuilder actualTempo(Tempo v) {
    actualTempo = v;
    return this;
  }

  public SimulationConfigBuilder tempoVariation(double v) {
    tempoVariation = v;
    return this;
  }

  public SimulationConfigBuilder flagTolerance(double v) {
    flagTolerance = v;
    return this;
  }

  public SimulationConfigBuilder fullPitchDegrees(double v) {
    fullPitchDegrees = v;
    return this;
  }

  public SimulationConfigBuilder stepEdge(boolean v) {
    stepEdge = v;
    return this;
  }

  public SimulationConfigBuilder stepEdgeDropDegrees(double v) {
    stepEdgeDropDegrees = v;
    return this;
  }

  public SimulationConfigBuilder towelUnderToes(boolean v) {
    towelUnderToes = v;
    return this;
  }

  public SimulationConfigBuilder handSupportFraction(double v) {
    handSupportFraction = v;
    return this;
  }

  public SimulationConfigBuilder calibrationMillis(long v) {
    calibrationMillis = v;
    return this;
  }

  public SimulationConfigBuilder restMillis(long v) {
    restMillis = v;
    return this;
  }

  public SimulationConfigBuilder bottomPauseMillis(long v) {
    bottomPauseMillis = v;
    return this;
  }

  public SimulationConfigBuilder fatigue(boolean v) {
    fatigue = v;
    return this;
  }

  public SimulationConfigBuilder walkingBetweenSets(boolean v) {
    walkingBetweenSets = v;
    return this;
  }

  public SimulationConfigBuilder walkingMillis(long v) {
    walkingMillis = v;
    return this;
  }

  public SimulationConfigBuilder faults(FaultPlan v) {
    faults = v;
    return this;
  }

  /** Adds {@code flag} at the given session rep numbers (counted from 1 across sets). */
  public SimulationConfigBuilder fault(RepFlag flag, Integer... repNumbers) {
    faults = faults.with(flag, repNumbers);
    return this;
  }

  public SimulationConfigBuilder cellDropout(CellDropout v) {
    cellDropouts.add(v);
    return this;
  }

  public SimulationConfigBuilder packetLoss(PacketLoss v) {
    packetLosses.add(v);
    return this;
  }

  public SimulationConfigBuilder noise(SensorNoise v) {
    noise = v;
    return this;
  }

  /** Movement style beyond tempo; null (the default) keeps the simulator's habits before 11. */
  public SimulationConfigBuilder motion(MotionVariation v) {
    motion = v;
    return this;
  }

  public SimulationConfigBuilder domain(DomainVariation v) {
    domain = v;
    return this;
  }

  /** Adds movement that is no heel raise, done after the sets (ground truth: 0 reps). */
  public SimulationConfigBuilder otherActivity(GroundTruth.EventKind kind) {
    otherActivities.add(kind);
    return this;
  }

  public SimulationConfig build() {
    return new SimulationConfig(
        seed,
        scenario,
        layout,
        sampleRateHz,
        twoInsoles,
        workingSide,
        bodyMassKg,
        addedLoadKg,
        prescription,
        sets,
        actualTempo,
        tempoVariation,
        flagTolerance,
        fullPitchDegrees,
        stepEdge,
        stepEdgeDropDegrees,
        towelUnderToes,
        handSupportFraction,
        calibrationMillis,
        restMillis,
        bottomPauseMillis,
        fatigue,
        walkingBetweenSets,
        walkingMillis,
        faults,
        cellDropouts,
        packetLosses,
        noise,
        motion,
        domain,
        otherActivities);
  }
}
