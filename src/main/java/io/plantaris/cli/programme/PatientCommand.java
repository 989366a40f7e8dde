package io.plantaris.cli.programme;

import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.registry.Patient;
import io.plantaris.registry.ProgrammeRegistry;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programme patient add|assign|list}. */
@Command(
    name = "patient",
    description = "Add patients, assign clinicians, list patients.",
    subcommands = {
      PatientCommand.Add.class,
      PatientCommand.Assign.class,
      PatientCommand.ListAll.class
    })
final class PatientCommand {

  @Command(
      name = "add",
      description = "Add a patient with the default programme (Rathleff: 12RM x 3, 3-2-3 s).")
  static final class Add extends Leaf {
    @Option(names = "--id", required = true)
    String id;

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--clinician", description = "assigned clinician id (repeatable)")
    List<String> clinicians = List.of();

    @Option(names = "--start", description = "programme start, ISO-8601 (default: now)")
    String start;

    @Override
    void run(ProgrammeRegistry r, PrintWriter out) {
      Patient p = new Patient(id, name, clinicians);
      Instant from = at(start);
      PrescriptionVersion v1 =
          PrescriptionVersion.rathleff(
              p.id(), from, clinicians.isEmpty() ? "admin" : clinicians.get(0));
      r.addPatient(p);
      r.addPrescription(v1);
      out.println(
          "patient " + p.id() + " (" + p.name() + ") added, clinicians " + p.clinicianIds());
      out.println("prescription v1 from " + from + ": " + v1.label());
    }
  }

  @Command(name = "assign", description = "Assign a clinician to a patient.")
  static final class Assign extends Leaf {
    @Option(names = "--id", required = true, description = "patient id")
    String id;

    @Option(names = "--clinician", required = true)
    String clinician;

    @Override
    void run(ProgrammeRegistry r, PrintWriter out) {
      Patient p = r.assign(id, clinician);
      out.println("patient " + p.id() + " clinicians " + p.clinicianIds());
    }
  }

  @Command(name = "list", description = "List patients with their clinicians and insoles.")
  static final class ListAll extends Leaf {
    @Override
    void run(ProgrammeRegistry r, PrintWriter out) {
      for (Patient p : r.patients()) {
        out.println(
            p.id()
                + "  "
                + p.name()
                + "  clinicians "
                + p.clinicianIds()
                + "  insoles "
                + r.insoles(p.id()).stream().map(i -> i.deviceId() + ":" + i.side()).toList());
      }
    }
  }
}
