package io.plantaris.cli.programme;

import io.plantaris.programme.Decision;
import java.io.PrintWriter;

/** A decision as the clinician reads it: the step, the reasons, the inputs and the review. */
final class DecisionText {
  private DecisionText() {}

  static void print(Decision d, PrintWriter out) {
    out.println(
        d.id()
            + "  "
            + d.status()
            + "  "
            + d.proposed().action()
            + " ("
            + d.proposed().words()
            + ")  rule "
            + d.ruleId()
            + "  "
            + d.trigger()
            + " at "
            + d.decidedAt());
    d.reasons().forEach(r -> out.println("  because " + r));
    out.println("  inputs: " + d.inputsSummary());
    if (d.review() != null) {
      out.println(
          "  reviewed by "
              + d.review().clinicianId()
              + " at "
              + d.review().at()
              + (d.review().replacement() == null
                  ? ""
                  : ": replaced by " + d.review().replacement().words())
              + (d.review().note().isEmpty() ? "" : " (" + d.review().note() + ")"));
    }
  }
}
