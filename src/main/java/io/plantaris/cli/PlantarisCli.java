package io.plantaris.cli;

import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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
      BridgeCommand.class,
      FhirCommand.class,
      io.plantaris.cli.programme.ProgrammeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PlantarisCli {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "data home: relative data paths (registry, users, spool, store, broker) hang from here"
              + " (default: $PLANTARIS_HOME, else the working directory)")
  Path data;

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /**
   * A configured command line, shared by {@link #main} and the tests: every command and subcommand
   * (also those added later) answers {@code --help} and {@code --version}, and every mistake is
   * reported on one line ({@link CliErrors}).
   */
  public static CommandLine newCommandLine() {
    return newCommandLine(System::getenv);
  }

  /** As above, reading {@code PLANTARIS_LOG_LEVEL} from {@code env}. */
  static CommandLine newCommandLine(Function<String, String> env) {
    CommandLine cli = new CommandLine(new PlantarisCli()).setCaseInsensitiveEnumValuesAllowed(true);
    addHelpOptions(cli);
    CliErrors errors = new CliErrors(env);
    cli.setParameterExceptionHandler(errors);
    cli.setExecutionExceptionHandler(errors);
    return cli;
  }

  private static void addHelpOptions(CommandLine cl) {
    CommandSpec spec = cl.getCommandSpec();
    if (!spec.mixinStandardHelpOptions() && spec.optionsMap().get("--help") == null) {
      spec.mixinStandardHelpOptions(true);
    }
    if (spec.versionProvider() == null && spec.version().length == 0) {
      spec.versionProvider(new VersionProvider());
    }
    cl.getSubcommands().values().forEach(PlantarisCli::addHelpOptions);
  }
}
