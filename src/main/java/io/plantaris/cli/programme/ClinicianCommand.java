package io.plantaris.cli.programme;

import io.plantaris.registry.Clinician;
import io.plantaris.registry.ProgrammeRegistry;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programme clinician add|list}. */
@Command(
    name = "clinician",
    description = "Add or list clinicians.",
    subcommands = {ClinicianCommand.Add.class, ClinicianCommand.ListAll.class})
final class ClinicianCommand {

  @Command(name = "add", description = "Add a clinician.")
  static final class Add extends Leaf {
    @Option(names = "--id", required = true)
    String id;

    @Option(names = "--name", required = true)
    String name;

    @Override
    void run(ProgrammeRegistry r, PrintWriter out) {
      Clinician c = new Clinician(id, name);
      r.addClinician(c);
      out.println("clinician " + c.id() + " (" + c.name() + ") added");
    }
  }

  @Command(name = "list", description = "List clinicians.")
  static final class ListAll extends Leaf {
    @Override
    void run(ProgrammeRegistry r, PrintWriter out) {
      r.clinicians().forEach(c -> out.println(c.id() + "  " + c.name()));
    }
  }
}
