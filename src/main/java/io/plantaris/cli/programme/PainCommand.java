package io.plantaris.cli.programme;

import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.registry.ProgrammeRegistry;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programme pain}: records a 0-10 score; a next-morning score re-decides. */
@Command(name = "pain", description = "Record a pain score (0-10): before, during, next-morning.")
final class PainCommand extends Leaf {
  @Option(names = "--patient", required = true)
  String patient;

  @Option(names = "--kind", required = true, description = "before, during or next-morning")
  String kind;

  @Option(names = "--score", required = true, description = "0 = none, 10 = worst imaginable")
  int score;

  @Option(names = "--at", description = "when, ISO-8601 (default: now)")
  String at;

  @Option(names = "--note")
  String note;

  @Override
  void run(ProgrammeRegistry r, PrintWriter out) {
    PainKind k;
    try {
      k = PainKind.valueOf(kind.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--kind must be before, during or next-morning, was " + kind, e);
    }
    PainReport report = new PainReport(patient, k, score, at(at), note);
    out.println("pain " + score + "/10 " + kind + " recorded for " + patient);
    service(r).recordPain(report).ifPresent(d -> DecisionText.print(d, out));
  }
}
