package io.plantaris.cli.programme;

import io.plantaris.analysis.Tempo;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.registry.ProgrammeRegistry;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programme prescription show|edit}: every edit is a new version with its start time. */
@Command(
    name = "prescription",
    description = "Show a patient's prescription versions or edit it (a new version).",
    subcommands = {PrescriptionCommand.Show.class, PrescriptionCommand.Edit.class})
final class PrescriptionCommand {

  @Command(name = "show", description = "All versions, oldest first.")
  static final class Show extends Leaf {
    @Option(names = "--patient", required = true)
    String patient;

    @Override
    void run(ProgrammeRegistry r, PrintWriter out) {
      for (PrescriptionVersion v : r.prescriptions(patient).versions()) {
        out.println(
            "v"
                + v.version()
                + " from "
                + v.effectiveAt()
                + " by "
                + v.editedBy()
                + ": "
                + v.label()
                + (v.note().isEmpty() ? "" : " (" + v.note() + ")"));
      }
    }
  }

  @Command(name = "edit", description = "Edit the latest version; unspecified fields stay.")
  static final class Edit extends Leaf {
    @Option(names = "--patient", required = true)
    String patient;

    @Option(names = "--by", required = true, description = "clinician id")
    String by;

    @Option(names = "--load-kg", description = "added load in kg")
    Double loadKg;

    @Option(names = "--tempo", description = "up-hold-down seconds, e.g. 3-2-3")
    String tempo;

    @Option(names = "--tolerance", description = "tempo tolerance fraction, e.g. 0.25")
    Double tolerance;

    @Option(
        names = "--phase",
        description = "1-based phase: 1 = 12RM x 3, 2 = 10RM x 4, 3 = 8RM x 5")
    Integer phase;

    @Option(names = "--legs", description = "1 = single-leg, 2 = two-legged")
    Integer legs;

    @Option(names = "--note")
    String note;

    @Option(names = "--at", description = "effective from, ISO-8601 (default: now)")
    String at;

    @Override
    void run(ProgrammeRegistry r, PrintWriter out) {
      Assigned.require(r, patient, by);
      PrescriptionVersion v =
          r.prescriptions(patient)
              .latest()
              .orElseThrow(() -> new IllegalArgumentException("no prescription for " + patient));
      double tol = tolerance != null ? tolerance : v.tempo().toleranceFraction();
      Tempo t =
          tempo != null
              ? Tempo.parse(tempo, tol)
              : new Tempo(
                  v.tempo().upMillis(), v.tempo().holdMillis(), v.tempo().downMillis(), tol);
      if (legs != null && legs != 1 && legs != 2) {
        throw new IllegalArgumentException("--legs must be 1 or 2, was " + legs);
      }
      PrescriptionVersion next =
          v.next(
              at(at),
              phase != null ? phase - 1 : v.phaseIndex(),
              t,
              loadKg != null ? loadKg : v.addedLoadKg(),
              legs != null ? legs == 1 : v.singleLeg(),
              by,
              note);
      r.addPrescription(next);
      out.println("v" + next.version() + " from " + next.effectiveAt() + ": " + next.label());
    }
  }
}
