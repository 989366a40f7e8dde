package io.plantaris.cli.programme;

import io.plantaris.programme.Decision;
import io.plantaris.registry.ProgrammeRegistry;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programme decisions}: the latest state of each decision, or every record. */
@Command(name = "decisions", description = "Show a patient's decisions with their reasons.")
final class DecisionsCommand extends Leaf {
  @Option(names = "--patient", required = true)
  String patient;

  @Option(names = "--all", description = "every record, proposals and reviews")
  boolean all;

  @Override
  void run(ProgrammeRegistry r, PrintWriter out) {
    List<Decision> list = all ? r.decisions(patient) : service(r).currentDecisions(patient);
    if (list.isEmpty()) {
      out.println("no decisions for " + patient);
    }
    list.forEach(d -> DecisionText.print(d, out));
  }
}
