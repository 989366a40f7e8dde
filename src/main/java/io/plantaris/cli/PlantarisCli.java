package io.plantaris.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code plantaris.jar}: one subcommand per job. */
@Command(
    name = "plantaris",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Sensor-insole coach for heel-raise rehabilitation of plantar fasciitis.",
    subcommands = {
      DecodeCommand.class,
      SimulateCommand.class,
      AnalyzeCommand.class,
      EvaluateCommand.class,
      RunCommand.class,
      DemoCommand.class,
      LoadgenCommand.class,
      FhirCommand.class,
      io.plantaris.cli.programme.ProgrammeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PlantarisCli {

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** A configured command line, shared by {@link #main} and the tests. */
  public static CommandLine newCommandLine() {
    return new CommandLine(new PlantarisCli()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
