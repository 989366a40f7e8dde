package io.plantaris.cli.programme;

import io.plantaris.access.DeviceCredentials;
import io.plantaris.insole.Side;
import io.plantaris.registry.Insole;
import io.plantaris.registry.ProgrammeRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programme insole add}: registers a device to a patient's left or right foot. */
@Command(
    name = "insole",
    description = "Register insoles.",
    subcommands = {InsoleCommand.Add.class, InsoleCommand.Credential.class})
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
    void run(ProgrammeRegistry r, PrintWriter out) {
      r.addInsole(new Insole(device, patient, side));
      out.println("insole " + device + " (" + side + ") registered to " + patient);
    }
  }

  @Command(
      name = "credential",
      description =
          "Issue (or with --revoke remove) the MQTT secret of a registered insole. The secret is"
              + " printed once; only its SHA-256 is kept, in device-credentials.json beside the"
              + " registry. The broker admits the insole with its device id as user name.")
  static final class Credential extends Leaf {
    @Option(names = "--device", required = true)
    String device;

    @Option(names = "--revoke", description = "remove the insole's secret instead")
    boolean revoke;

    @Option(
        names = "--credentials",
        description = "credentials file (default: device-credentials.json beside the registry)")
    Path file;

    @Override
    void run(ProgrammeRegistry r, PrintWriter out) {
      DeviceCredentials creds =
          new DeviceCredentials(
              file != null ? file : DeviceCredentials.besideRegistry(registryFile));
      if (revoke) {
        out.println(
            creds.revoke(device)
                ? "secret of " + device + " revoked; it can no longer connect"
                : device + " had no secret");
        return;
      }
      if (r.insole(device).isEmpty()) {
        throw new IllegalArgumentException(
            "no insole " + device + " in the registry; add it first (programme insole add)");
      }
      String secret = creds.issue(device, Instant.now());
      out.println("MQTT user name: " + device);
      out.println("MQTT password:  " + secret);
      out.println("(shown once; kept as a hash in " + creds.path() + ")");
    }
  }
}
