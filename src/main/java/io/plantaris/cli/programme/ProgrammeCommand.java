package io.plantaris.cli.programme;

import picocli.CommandLine.Command;

/** {@code programme}: the registry, the prescription, pain reports and progression decisions. */
@Command(
    name = "programme",
    mixinStandardHelpOptions = true,
    description =
        "Patients, clinicians, insoles, prescriptions, pain reports and the proposed next step"
            + " (stored in the programme's database; import-json moves an old JSON registry in).",
    subcommands = {
      ClinicianCommand.class,
      PatientCommand.class,
      InsoleCommand.class,
      PrescriptionCommand.class,
      PainCommand.class,
      DecideCommand.class,
      DecisionsCommand.class,
      ReviewCommand.class,
      UserCommand.class,
      AuditCommand.class,
      ImportJsonCommand.class
    })
public final class ProgrammeCommand {}
