package io.plantaris.cli.programme;

import io.plantaris.cli.DataHome;
import io.plantaris.programme.ProgrammeService;
import io.plantaris.programme.ProgressionConfig;
import io.plantaris.programme.ProgressionEngine;
import io.plantaris.registry.JsonFileRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A programme subcommand on the registry file; validation errors print one line and exit 1. */
abstract class Leaf implements Callable<Integer> {
  @Option(
      names = "--registry",
      defaultValue = "plantaris-registry.json",
      description = "registry file (default: ${DEFAULT-VALUE})")
  Path registryFile;

  @Spec CommandSpec spec;

  abstract void run(JsonFileRegistry registry, PrintWriter out);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      registryFile = DataHome.resolve(spec, registryFile);
      run(new JsonFileRegistry(registryFile), out);
      out.flush();
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      out.flush();
      spec.commandLine().getErr().println("error: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    }
  }

  static ProgrammeService service(JsonFileRegistry registry) {
    return new ProgrammeService(registry, new ProgressionEngine(ProgressionConfig.defaults()));
  }

  /** The given ISO-8601 instant, or now: the command line is where the wall clock is read. */
  static Instant at(String iso) {
    return iso == null ? Instant.now() : Instant.parse(iso);
  }
}
