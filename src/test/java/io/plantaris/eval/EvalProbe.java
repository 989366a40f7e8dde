package io.plantaris.eval;

import io.plantaris.analysis.AnalysisConfig;

/** Manual probe: evaluates seeds {@code args[0]..args[1]} and prints the report and misses. */
final class EvalProbe {
  private EvalProbe() {}

  public static void main(String[] args) {
    long from = Long.parseLong(args[0]);
    long to = Long.parseLong(args[1]);
    Evaluator e = new Evaluator(AnalysisConfig.defaults());
    for (long s = from; s <= to; s++) {
      EvalCase c = SimulatedCases.generate(s);
      e.add(c);
    }
    EvalReport r = e.report();
    System.out.print(r.format());
    r.countMisses().forEach(System.out::println);
    if (args.length > 2) {
      r.flags()
          .forEach(
              (f, s) -> s.misses().stream().limit(8).forEach(m -> System.out.println(f + " " + m)));
    }
  }
}
