package io.plantaris.cli;

import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The folder relative data paths hang from (registry, users, spool, store, broker data): {@code
 * --data DIR}, else {@code $PLANTARIS_HOME}, else the working directory. Paths the user types for
 * input files (a recording, a config file) stay relative to the working directory.
 */
public final class DataHome {
  public static final String ENV = "PLANTARIS_HOME";

  private DataHome() {}

  /** The data home for the command being run ({@code spec} of any subcommand). */
  public static Path of(CommandSpec spec) {
    Object root = spec.root().userObject();
    Path option = root instanceof PlantarisCli cli ? cli.data : null;
    return of(option, System::getenv);
  }

  static Path of(Path option, Function<String, String> env) {
    if (option != null) {
      return option;
    }
    String home = env.apply(ENV);
    return home == null || home.isBlank() ? Path.of("") : Path.of(home);
  }

  /** {@code path} under the data home of {@code spec}, unless it is absolute. */
  public static Path resolve(CommandSpec spec, Path path) {
    return of(spec).resolve(path);
  }
}
