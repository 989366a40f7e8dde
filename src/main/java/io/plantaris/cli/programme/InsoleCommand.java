package io.plantaris.cli.programme;

import io.plantaris.insole.Side;
import io.plantaris.registry.Insole;
import io.plantaris.registry.JsonFileRegistry;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programme insole add}: registers a device to a patient's left or right foot. */
@Command(
    name = "insole",
    description = "Register insoles.",
    subcommands = {InsoleCommand.Add.class})
final class InsoleCommand {

  @Command(name = "add", description = "Register an insole (device id and side) to a patient.")
  static final class Add extends Leaf {
    @Option(names = "--device", required = true)
    String device;

    @Option(names = "--patient", required = true)
    String patient;

    @Option(names = "--side", required = true, description = "LEFT or RIGHT")
    Side side;

    @Override
    void run(JsonFileRegistry r, PrintWriter out) {
      r.addInsole(new Insole(device, patient, side));
      out.println("insole " + device + " (" + side + ") registered to " + patient);
    }
  }
}
