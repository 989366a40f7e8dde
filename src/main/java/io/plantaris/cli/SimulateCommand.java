package io.plantaris.cli;

import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.Tempo;
import io.plantaris.sim.LayoutKind;
import io.plantaris.sim.Scenario;
import io.plantaris.sim.SimulationConfigBuilder;
import io.plantaris.sim.SimulationFiles;
import io.plantaris.sim.SimulationResult;
import io.plantaris.sim.VirtualInsole;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Simulates a heel-raise session in virtual insoles and writes wire recordings plus truth. */
@Command(
    name = "simulate",
    description = "Simulate heel raises in virtual insoles; write .plw recordings and truth.")
final class SimulateCommand implements Callable<Integer> {
  @Option(names = "--scenario", defaultValue = "clean-set", description = "preset, e.g. faults-set")
  String scenario;

  @Option(names = "--seed", defaultValue = "42")
  long seed;

  @Option(names = "--out", defaultValue = ".", description = "output directory")
  Path out;

  @Option(names = "--name", description = "file name stem (default: scenario-seed)")
  String name;

  @Option(
      names = "--layout",
      description = "moticon16-imu, force8, imu-only, moticon16 (no IMU) or force3 (3 zones)")
  String layout;

  @Option(names = "--reps")
  Integer reps;

  @Option(names = "--sets")
  Integer sets;

  @Option(names = "--rest-seconds")
  Double restSeconds;

  @Option(names = "--tempo", description = "prescribed tempo, e.g. 3-2-3")
  String tempo;

  @Option(names = "--actual-tempo", description = "the person's own mean tempo, e.g. 2-1-2")
  String actualTempo;

  @Option(names = "--fault", description = "FLAG@rep,rep (session rep numbers from 1)")
  List<String> faults = List.of();

  @Option(names = "--calibration-seconds", description = "quiet stand at the start")
  Double calibrationSeconds;

  @Option(names = "--two-insoles")
  Boolean twoInsoles;

  @Option(
      names = "--live",
      description = "stream in real time: file:PATH, serial:/dev/pts/N, mqtt://host:port")
  String live;

  @Override
  public Integer call() throws Exception {
    SimulationConfigBuilder b = scenario().builder(seed);
    if (layout != null) {
      b.layout(LayoutKind.parse(layout));
    }
    if (reps != null) {
      b.targetReps(reps);
    }
    if (sets != null) {
      b.sets(sets);
    }
    if (restSeconds != null) {
      b.restMillis(Math.round(restSeconds * 1000));
    }
    if (tempo != null) {
      b.prescription(b.build().prescription().withTempo(Tempo.parse(tempo)));
    }
    if (actualTempo != null) {
      b.actualTempo(Tempo.parse(actualTempo));
    }
    if (calibrationSeconds != null) {
      b.calibrationMillis(Math.round(calibrationSeconds * 1000));
    }
    if (twoInsoles != null) {
      b.twoInsoles(twoInsoles);
    }
    for (String f : faults) {
      String[] parts = f.split("@", 2);
      RepFlag flag = flag(parts[0]);
      if (parts.length < 2) {
        throw new UsageException("--fault needs FLAG@rep[,rep...], was " + f);
      }
      for (String r : parts[1].split(",")) {
        b.fault(flag, Integer.parseInt(r.trim()));
      }
    }
    SimulationResult result = VirtualInsole.simulate(b.build());
    if (live != null) {
      return LiveTarget.stream(live, result);
    }
    String stem = name != null ? name : scenario + "-" + seed;
    for (Path p : SimulationFiles.write(result, out, stem)) {
      System.out.println(p);
    }
    System.out.println(
        result.truth().allReps().size() + " reps in " + result.truth().sets().size() + " sets");
    return 0;
  }

  private Scenario scenario() {
    try {
      return Scenario.parse(scenario);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "unknown --scenario '"
              + scenario
              + "'; choose one of "
              + Arrays.stream(Scenario.values()).map(Scenario::id).toList());
    }
  }

  private static RepFlag flag(String name) {
    try {
      return RepFlag.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "unknown flag '" + name + "' in --fault; choose one of " + List.of(RepFlag.values()));
    }
  }
}
