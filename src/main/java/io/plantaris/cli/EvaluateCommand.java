package io.plantaris.cli;

import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.eval.EvalCase;
import io.plantaris.eval.EvalReport;
import io.plantaris.eval.Evaluator;
import io.plantaris.eval.FolderCases;
import io.plantaris.eval.SimulatedCases;
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
      description = "simulated seeds FROM-TO across all scenarios and layouts (default 1000-1199)")
  String seeds = "1000-1199";

  @Option(names = "--misses", description = "also list every count and flag miss")
  boolean misses;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Evaluator evaluator = new Evaluator(AnalysisConfig.defaults());
    Map<String, Evaluator> byLayout = new TreeMap<>();
    List<EvalCase> cases = new ArrayList<>();
    if (dir != null) {
      Inputs.requireFolder(dir, "recordings");
      cases.addAll(FolderCases.read(dir));
    } else {
      String[] range = seeds.split("-");
      long from;
      long to;
      try {
        from = Long.parseLong(range[0].trim());
        to = range.length > 1 ? Long.parseLong(range[1].trim()) : from;
      } catch (NumberFormatException e) {
        throw new UsageException("--seeds must be FROM-TO, e.g. 1000-1199, was '" + seeds + "'");
      }
      for (long s = from; s <= to; s++) {
        cases.add(SimulatedCases.generate(s));
      }
    }
    for (EvalCase c : cases) {
      evaluator.add(c);
      byLayout
          .computeIfAbsent(c.truth().layout(), k -> new Evaluator(AnalysisConfig.defaults()))
          .add(c);
    }
    EvalReport report = evaluator.report();
    PrintWriter out = spec.commandLine().getOut();
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
}
