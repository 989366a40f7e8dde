package io.plantaris.cli.programme;

import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.registry.ProgrammeRegistry;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programme review}: the clinician accepts a proposal or overrides it with a note. */
@Command(
    name = "review",
    description = "Accept a proposed decision, or override it with another action and a note.")
final class ReviewCommand extends Leaf {
  @Option(names = "--patient", required = true)
  String patient;

  @Option(names = "--decision", required = true, description = "decision id")
  String decision;

  @Option(names = "--by", required = true, description = "clinician id")
  String by;

  @Option(names = "--override", description = "replacement action, e.g. KEEP or REDUCE_LOAD")
  Action override;

  @Option(names = "--load-change-kg", defaultValue = "0", description = "with --override")
  double loadChangeKg;

  @Option(names = "--note")
  String note;

  @Option(names = "--at", description = "when, ISO-8601 (default: now)")
  String at;

  @Override
  void run(ProgrammeRegistry r, PrintWriter out) {
    Assigned.require(r, patient, by);
    Change replacement = override == null ? null : new Change(override, loadChangeKg);
    Decision d = service(r).review(patient, decision, by, replacement, note, at(at));
    DecisionText.print(d, out);
    r.prescriptions(patient)
        .latest()
        .ifPresent(v -> out.println("prescription now v" + v.version() + ": " + v.label()));
  }
}
