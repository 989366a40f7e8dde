package io.plantaris.cli;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.eval.EvalCase;
import io.plantaris.eval.EvalReport;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.FolderCases;
import io.plantaris.eval.RobustnessSweep;
import io.plantaris.eval.SimulatedCases;
import io.plantaris.eval.WideCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores the analysis against ground truth: rep counts, phase timing and flags. */
@Command(
    name = "evaluate",
    description =
        "Score the analysis against ground truth, on a folder of recordings with truth files or"
            + " on fresh simulated sessions.")
final class EvaluateCommand implements Callable<Integer> {
  @Option(names = "--dir", description = "folder of recordings, each with NAME.truth.json")
  Path dir;

  @Option(
      names = "--seeds",
      description =
          "simulated seeds FROM-TO across all scenarios and layouts (default 1000-1199; with"
              + " --wide 20000-20199; with --sweep 5000-5029)")
  String seeds;

  @Option(
      names = "--wide",
      description =
          "wide domain randomisation: every seed its own person, surface, shoes, tempo, sway,"
              + " gyro drift and layout (5 layouts), some seeds movements that are no heel raise")
  boolean wide;

  @Option(names = "--misses", description = "also list every count and flag miss")
  boolean misses;

  @Option(
      names = "--sweep",
      description =
          "robustness sweep: vary one factor of the simulated person at a time (sway, pace,"
              + " body mass, step, towel) over --seeds and print agreement per factor")
  boolean sweep;

  @picocli.CommandLine.Mixin PhaseMarksOption timing;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    AnalysisConfig cfg = timing.config();
    if (sweep) {
      long[] range = seedRange();
      out.println("== robustness sweep, one factor at a time, seeds " + seeds);
      RobustnessSweep.run(cfg, range[0], range[1])
          .forEach((name, r) -> out.println(RobustnessSweep.line(name, r)));
      out.flush();
      return 0;
    }
    Evaluator evaluator = new Evaluator(cfg);
    Map<String, Evaluator> byLayout = new TreeMap<>();
    List<EvalCase> cases = new ArrayList<>();
    if (dir != null) {
      Inputs.requireFolder(dir, "recordings");
      cases.addAll(FolderCases.read(dir));
    } else {
      long[] range = seedRange();
      for (long s = range[0]; s <= range[1]; s++) {
        cases.add(wide ? WideCases.generate(s) : SimulatedCases.generate(s));
      }
    }
    for (EvalCase c : cases) {
      evaluator.add(c);
      byLayout.computeIfAbsent(c.truth().layout(), k -> new Evaluator(cfg)).add(c);
    }
    EvalReport report = evaluator.report();
    out.println("== all " + cases.size() + " recordings");
    out.print(report.format());
    byLayout.forEach(
        (layout, e) -> {
          out.println("== layout " + layout);
          out.print(e.report().format());
        });
    if (misses) {
      report.countMisses().forEach(out::println);
      report.flags().forEach((f, s) -> s.misses().forEach(m -> out.println(f + " " + m)));
    }
    out.flush();
    return 0;
  }

  private long[] seedRange() {
    if (seeds == null && sweep) {
      seeds = "5000-5029";
    } else if (seeds == null) {
      seeds = wide ? WideCases.FIRST_SEED + "-" + (WideCases.FIRST_SEED + 199) : "1000-1199";
    }
    String[] range = seeds.split("-");
    try {
      long from = Long.parseLong(range[0].trim());
      long to = range.length > 1 ? Long.parseLong(range[1].trim()) : from;
      return new long[] {from, to};
    } catch (NumberFormatException e) {
      throw new UsageException("--seeds must be FROM-TO, e.g. 1000-1199, was '" + seeds + "'");
    }
  }
}
