package io.plantaris.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Each ordinary mistake gets one line on stderr naming what was wrong and what to do, exit 2 for
 * usage and 1 for failures, and no stack trace unless PLANTARIS_LOG_LEVEL=DEBUG.
 */
class CliMistakesTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return runWith(name -> null, args);
  }

  private int runWith(Function<String, String> env, String... args) {
    CommandLine cli = PlantarisCli.newCommandLine(env);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** Exactly one line, naming the command and something the user typed, no stack trace. */
  private void assertOneLine(String command, String... mentions) {
    List<String> lines = err.toString().lines().toList();
    assertThat(lines).as(err.toString()).hasSize(1);
    assertThat(lines.get(0)).startsWith(command + ": ").contains(mentions).doesNotContain("\tat ");
    assertThat(lines.get(0)).containsAnyOf("--help", "DEBUG");
  }

  @Test
  void missingRecording() {
    assertThat(run("analyze", dir.resolve("missing.plw").toString())).isEqualTo(2);
    assertOneLine("plantaris analyze", "no such recording file", "missing.plw");
  }

  @Test
  void aFolderWhereARecordingBelongs() {
    assertThat(run("analyze", dir.toString())).isEqualTo(2);
    assertOneLine("plantaris analyze", dir.toString(), "is a folder");
  }

  @Test
  void unknownScenarioListsTheKnownOnes() {
    assertThat(run("simulate", "--scenario", "nope", "--out", dir.toString())).isEqualTo(2);
    assertOneLine("plantaris simulate", "unknown --scenario 'nope'", "clean-set", "faults-set");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void unknownFormat() throws Exception {
    Path f = Files.writeString(dir.resolve("a.csv"), "t,x\n");
    assertThat(run("analyze", "--format", "foo", f.toString())).isEqualTo(2);
    assertOneLine("plantaris analyze", "'--format'", "WIRE, MOTICON, CSV", "'foo'");
  }

  @Test
  void unknownSide() throws Exception {
    Path f = Files.writeString(dir.resolve("a.plw"), "");
    assertThat(run("analyze", "--side", "middle", f.toString())).isEqualTo(2);
    assertOneLine("plantaris analyze", "'--side'", "LEFT", "RIGHT", "'middle'");
  }

  @Test
  void missingConfig() {
    assertThat(run("run", "--config", dir.resolve("plantaris.yaml").toString())).isEqualTo(2);
    assertOneLine("plantaris run", "no such configuration file", "plantaris.yaml");
  }

  @Test
  void configWithAnUnknownKeyNamesIt() throws Exception {
    Path cfg = Files.writeString(dir.resolve("p.yaml"), "stroe: {type: off}\n");
    assertThat(run("run", "--config", cfg.toString())).isEqualTo(2);
    assertOneLine("plantaris run", "configuration", "p.yaml", "stroe");
  }

  @Test
  void evaluateOnAMissingFolder() {
    assertThat(run("evaluate", "--dir", "/nonexistent")).isEqualTo(2);
    assertOneLine("plantaris evaluate", "no such recordings folder: /nonexistent");
  }

  @Test
  void replayOfAMissingFileFailsBeforeTheServiceStarts() throws Exception {
    Path home = dir.resolve("home");
    Path cfg = Files.writeString(dir.resolve("p.yaml"), "http: {port: 0}\n");
    int exit =
        run("--data", home.toString(), "run", "-c", cfg.toString(), "--replay", "missing.plw");
    assertThat(exit).isEqualTo(2);
    assertOneLine("plantaris run", "no such recording file: missing.plw");
    assertThat(out.toString()).doesNotContain("running");
    // the broker, store and spool would have made their folders under the data home
    assertThat(home).doesNotExist();
  }

  @Test
  void unknownOptionAndSubcommand() {
    assertThat(run("analyze", "--frobnicate", "x.plw")).isEqualTo(2);
    assertOneLine("plantaris analyze", "--frobnicate");
    err.getBuffer().setLength(0);
    assertThat(run("anlyze")).isEqualTo(2);
    assertOneLine("plantaris", "'anlyze'");
  }

  @Test
  void debugLogLevelAddsTheStackTrace() {
    int exit =
        runWith(Map.of("PLANTARIS_LOG_LEVEL", "DEBUG")::get, "evaluate", "--dir", "/nonexistent");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("UsageException", "\tat ");
  }

  @Test
  void describeNamesAMessagelessCause() {
    Exception e = new IllegalStateException(null, new java.net.ConnectException());
    assertThat(CliErrors.describe(e)).isEqualTo("IllegalStateException: connection refused");
  }

  @Test
  void everyCommandAndSubcommandAnswersHelp() {
    List<List<String>> paths = new ArrayList<>();
    collect(PlantarisCli.newCommandLine(), new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(20); // every programme subcommand is in there
    for (List<String> path : paths) {
      out.getBuffer().setLength(0);
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();
      assertThat(out.toString()).as(String.join(" ", args)).startsWith("Usage: plantaris");
    }
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
    into.add(path);
    cl.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                List<String> p = new ArrayList<>(path);
                p.add(name);
                collect(sub, p, into);
              }
            });
  }

  @Test
  void versionComesFromTheBuild() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString().strip()).matches("plantaris \\d+\\.\\d+\\.\\d+.*");
    out.getBuffer().setLength(0);
    assertThat(run("run", "--version")).isZero();
    assertThat(out.toString()).startsWith("plantaris ");
  }

  @Test
  void dataHomeHoldsTheRegistryWhereverTheOptionStands() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    assertThat(
            run(
                "--data",
                home.toString(),
                "programme",
                "clinician",
                "add",
                "--id",
                "c1",
                "--name",
                "Ann"))
        .isZero();
    assertThat(
            run(
                "programme",
                "clinician",
                "add",
                "--id",
                "c2",
                "--name",
                "Bo",
                "--data",
                home.toString()))
        .isZero();
    assertThat(
            io.plantaris.registry.jdbc.TestRegistry.at(home.resolve("plantaris-registry.json"))
                .clinicians())
        .extracting(io.plantaris.registry.Clinician::id)
        .containsExactly("c1", "c2");
  }

  @Test
  void dataHomeFallsBackToTheEnvironmentThenTheWorkingFolder() {
    assertThat(DataHome.of(null, Map.of("PLANTARIS_HOME", "/srv/plantaris")::get))
        .isEqualTo(Path.of("/srv/plantaris"));
    assertThat(DataHome.of(Path.of("d"), Map.of("PLANTARIS_HOME", "/srv/plantaris")::get))
        .isEqualTo(Path.of("d"));
    assertThat(DataHome.of(null, name -> null).resolve("data/spool"))
        .isEqualTo(Path.of("data/spool"));
  }
}
