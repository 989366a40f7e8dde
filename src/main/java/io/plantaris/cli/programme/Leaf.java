package io.plantaris.cli.programme;

import io.plantaris.cli.DataHome;
import io.plantaris.cli.DatabaseOptions;
import io.plantaris.programme.ProgrammeService;
import io.plantaris.programme.ProgressionConfig;
import io.plantaris.programme.ProgressionEngine;
import io.plantaris.registry.ProgrammeRegistry;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A programme subcommand on the programme's database (by default the H2 file beside the registry
 * path, as the service opens it); validation errors print one line and exit 1.
 */
abstract class Leaf implements Callable<Integer> {
  @Option(
      names = "--registry",
      defaultValue = "plantaris-registry.json",
      description =
          "registry path: its folder holds the users file and the default database"
              + " (default: ${DEFAULT-VALUE})")
  Path registryFile;

  @Mixin DatabaseOptions database;

  @Spec CommandSpec spec;

  abstract void run(ProgrammeRegistry registry, PrintWriter out);

  /** The database itself, for the commands that need more than the port (the import). */
  void runOn(JdbcProgrammeRepository database, PrintWriter out) {
    run(database, out);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      registryFile = DataHome.resolve(spec, registryFile);
      try (JdbcProgrammeRepository r =
          JdbcProgrammeRepository.open(database.config(registryFile))) {
        runOn(r, out);
      }
      out.flush();
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      out.flush();
      spec.commandLine().getErr().println("error: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    }
  }

  static ProgrammeService service(ProgrammeRegistry registry) {
    return new ProgrammeService(registry, new ProgressionEngine(ProgressionConfig.defaults()));
  }

  /** The given ISO-8601 instant, or now: the command line is where the wall clock is read. */
  static Instant at(String iso) {
    return iso == null ? Instant.now() : Instant.parse(iso);
  }
}
