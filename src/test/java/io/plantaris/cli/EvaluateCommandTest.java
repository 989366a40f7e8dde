package io.plantaris.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvaluateCommandTest {
  private static String run(String... args) {
    CommandLine cli = PlantarisCli.newCommandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void theReportHasEverySectionPerLayout() {
    String out = run("evaluate", "--seeds", "1000-1008");

    for (String layout : new String[] {"all", "layout moticon16-imu", "layout imu-only"}) {
      String section = section(out, "== " + layout);
      assertThat(section)
          .as(layout)
          .contains(
              "count: sets ",
              "reps: truth ",
              "missed ",
              "spurious ",
              "verdict: valid/invalid agrees with truth ",
              "uncertain ",
              "rise onset      n ",
              "hold start      n ",
              "lowering start  n ",
              "lowering end    n ",
              "bias ",
              "p90 ",
              "not a heel raise: ",
              "flag HEEL_SLAM ",
              "precision ",
              "recall ");
    }
  }

  @Test
  void theWideSetHasThePressureOnlyLayoutsAndMovementsThatAreNoHeelRaise() {
    // 20034: a heel-raise session on the 3-zone insole; 20035-20036: jumps, lunges, walks ...
    String out = run("evaluate", "--wide", "--seeds", "20034-20036");

    assertThat(section(out, "== layout force3")).contains("count: sets ", "reps: truth ");
    String all = section(out, "== all 3 recordings");
    assertThat(all).containsPattern("not a heel raise: \\d+ false reps in [1-9][0-9.]* min");
    // where the false reps come from, movement by movement
    assertThat(all).containsPattern("\n  lunge +\\d+ false reps in +[0-9.]+ min");
    assertThat(out).contains("== layout moticon16-imu", "== layout force8");
  }

  @Test
  void theSweepPrintsOneLinePerFactor() {
    String out = run("evaluate", "--sweep", "--seeds", "1000-1001");

    assertThat(out.lines().filter(l -> l.contains(" exact ") && l.contains(" verdict ")))
        .hasSizeGreaterThanOrEqualTo(5)
        .anySatisfy(l -> assertThat(l).startsWith("baseline"))
        .anySatisfy(l -> assertThat(l).startsWith("forefoot on a step"));
  }

  /** The lines from {@code header} to the next section header. */
  private static String section(String out, String header) {
    int from = out.indexOf(header);
    assertThat(from).as("section " + header + " in\n" + out).isNotNegative();
    int to = out.indexOf("\n== ", from + 1);
    return out.substring(from, to < 0 ? out.length() : to);
  }
}
