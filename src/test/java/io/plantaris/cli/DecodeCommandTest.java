package io.plantaris.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.protocol.Frame;
import io.plantaris.protocol.FrameEncoder;
import io.plantaris.protocol.Marker;
import io.plantaris.protocol.MarkerKind;
import io.plantaris.protocol.TestFrames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DecodeCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PlantarisCli.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path recording() throws Exception {
    byte[] wire =
        TestFrames.concat(
            TestFrames.stream(3, 5), // descriptor seq 0, samples seq 1..3
            TestFrames.hex("05 11 22 00"), // BAD_COBS
            FrameEncoder.encodeWire(Frame.of(5, 400_000, new Marker(MarkerKind.SET_START, 2))));
    Path file = dir.resolve("session.plw");
    Files.write(file, wire);
    return file;
  }

  @Test
  void printsOneLinePerFrameAndASummary() throws Exception {
    int exit = run("decode", recording().toString());

    assertThat(exit).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(7); // 5 frames, 1 error, 1 summary
    assertThat(lines.get(0)).startsWith("DESCRIPTOR").contains("id=insole-L1", "cells=16");
    assertThat(lines.get(1))
        .startsWith("SAMPLES")
        .contains("seq=1 ", "count=5", "first: cells=[0, 97, 194")
        .contains("accel=[0, -301, -602]");
    assertThat(lines.get(4)).startsWith("error BAD_COBS");
    assertThat(lines.get(5)).startsWith("MARKER").contains("[GAP]", "kind=SET_START value=2");
    assertThat(lines.get(6))
        .contains("frames 5 {DESCRIPTOR=1, SAMPLES=3, MARKER=1}")
        .contains("errors 1 {BAD_COBS=1}")
        .contains("gaps 1 (lost 1 frames)", "duplicates 0");
  }

  @Test
  void jsonHasOneObjectPerFrameAndASummary() throws Exception {
    int exit = run("decode", "--json", recording().toString());

    assertThat(exit).isZero();
    List<String> lines = out.toString().lines().toList();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(lines.get(1));
    assertThat(first.get("type").asText()).isEqualTo("SAMPLES");
    assertThat(first.get("message").get("count").asInt()).isEqualTo(5);
    JsonNode summary = mapper.readTree(lines.get(lines.size() - 1)).get("summary");
    assertThat(summary.get("errors").get("BAD_COBS").asInt()).isEqualTo(1);
    assertThat(summary.get("link").get("lostFrames").asInt()).isEqualTo(1);
  }

  @Test
  void unreadableFileFailsWithAClearMessage() {
    int exit = run("decode", dir.resolve("missing.plw").toString());

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("cannot read", "missing.plw");
    assertThat(out.toString()).isEmpty();
  }
}
