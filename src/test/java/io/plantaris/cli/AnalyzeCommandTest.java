package io.plantaris.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {
  private static final Path STITCHED =
      Path.of("../shared/datasets/cmu-imu-exercise/HeelRaise/HeelRaise_01_reps1-5_stitched.csv");

  private static String run(String... args) {
    CommandLine cli = PlantarisCli.newCommandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(args)).isZero();
    return out.toString();
  }

  private static Path stitched() {
    if (!Files.isRegularFile(STITCHED)) {
      if (System.getenv("CI") != null) {
        fail("dataset missing in CI: " + STITCHED.toAbsolutePath());
      }
      Assumptions.abort("dataset not present here");
    }
    return STITCHED;
  }

  @Test
  void saysWhenTheInsoleCouldNotSeeTheRepsInsteadOfOnlyFindingNone(@TempDir Path dir)
      throws Exception {
    // 3 zones, heel over a step edge: the forefoot zone carries the load through every rep
    run(
        "simulate",
        "--scenario",
        "step-edge",
        "--layout",
        "force3",
        "--seed",
        "5",
        "--out",
        dir.toString());
    Path plw = dir.resolve("step-edge-5.plw");

    String text = run("analyze", plw.toString());
    assertThat(text)
        .containsPattern(
            "the left insole could not see heel raises from \\d+\\.\\d s to \\d+\\.\\d s: the heel"
                + " over a step edge, one zone carries the whole load; do them on the floor");

    JsonNode blind =
        new ObjectMapper().readTree(run("analyze", "--json", plw.toString())).get("blind");
    assertThat(blind).hasSize(1);
    assertThat(blind.get(0).get("reason").asText()).isEqualTo("STEP_EDGE");
    assertThat(blind.get(0).get("side").asText()).isEqualTo("LEFT");
    // the set of 12 reps lies inside it
    assertThat(blind.get(0).get("toMillis").asLong() - blind.get(0).get("fromMillis").asLong())
        .isGreaterThan(60_000);
  }

  @Test
  void printsOneLinePerRepWithPlainReasonsAndASetSummary() {
    String out =
        run(
            "analyze",
            "--format",
            "csv",
            "--mapping",
            "samples/cmu-imu-foot.mapping.json",
            "--prescription",
            "3-2-3",
            stitched().toString());

    assertThat(out.lines().filter(l -> l.startsWith("set 1 rep"))).hasSize(5);
    assertThat(out).contains("NOT COUNTED: too fast on the way up");
    assertThat(out).contains("set 1: 5 reps (0 valid) of 12 prescribed");
  }

  @Test
  void jsonHasRepsWithPhaseTimesAndReasons() throws Exception {
    String out =
        run(
            "analyze",
            "--json",
            "--format",
            "csv",
            "--mapping",
            "samples/cmu-imu-foot.mapping.json",
            "--up-ms",
            "1000",
            "--hold-ms",
            "0",
            "--down-ms",
            "1000",
            "--target-reps",
            "5",
            stitched().toString());

    JsonNode root = new ObjectMapper().readTree(out);
    assertThat(root.get("reps")).hasSize(5);
    assertThat(root.get("sets")).hasSize(1);
    JsonNode first = root.get("reps").get(0);
    assertThat(first.get("upMillis").asLong()).isBetween(300L, 1500L);
    assertThat(first.has("holdMillis")).isTrue();
    assertThat(first.has("downMillis")).isTrue();
    assertThat(first.get("valid").isBoolean()).isTrue();
    assertThat(first.get("reasons").isArray()).isTrue();
    assertThat(root.get("sets").get(0).get("repCount").asInt()).isEqualTo(5);
  }

  @Test
  void evaluateScoresSimulatedSessions() {
    String out = run("evaluate", "--seeds", "1-3");
    assertThat(out)
        .contains("count: sets 3, exact ")
        .contains("reps: truth 36")
        .containsPattern("flag TWO_LEGGED +precision");
  }

  @Test
  void phaseMarksTimeTheRealRepsLikeTheirAnkleAngle() throws Exception {
    Path rest = stitched().resolveSibling("HeelRaise_01_reps1-5_rest.csv");
    String out =
        run(
            "analyze",
            "--json",
            "--phase-marks",
            "--format",
            "csv",
            "--mapping",
            "samples/cmu-imu-foot.mapping.json",
            rest.toString());

    // the ankle angle's holds at the marks last 280-410 ms; by the rise rate they read 0-41 ms
    JsonNode reps = new ObjectMapper().readTree(out).get("reps");
    assertThat(reps).hasSize(5);
    for (JsonNode r : reps) {
      assertThat(r.get("holdMillis").asLong()).isBetween(200L, 500L);
      assertThat(r.get("upMillis").asLong()).isBetween(200L, 500L);
    }
    String csv = "samples/cmu-imu-foot.mapping.json";
    String byDefault =
        run("analyze", "--json", "--format", "csv", "--mapping", csv, rest.toString());
    assertThat(byDefault).as("the marks are the default").isEqualTo(out);
    String byRate =
        run(
            "analyze",
            "--json",
            "--no-phase-marks",
            "--format",
            "csv",
            "--mapping",
            csv,
            rest.toString());
    JsonNode rateReps = new ObjectMapper().readTree(byRate).get("reps");
    assertThat(rateReps).hasSize(5);
    for (JsonNode r : rateReps) {
      assertThat(r.get("holdMillis").asLong()).as("by the rise rate").isLessThan(100L);
    }
  }
}
