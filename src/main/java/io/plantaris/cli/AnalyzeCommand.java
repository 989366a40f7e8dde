package io.plantaris.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.plantaris.analysis.AnalysisConfig;
import io.plantaris.analysis.AnalysisListener;
import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.PersonAnalyzer;
import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import io.plantaris.importer.RecordingFormat;
import io.plantaris.importer.RecordingReader;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Analyses recordings of one person: every rep with its phases and verdict, then each set. */
@Command(
    name = "analyze",
    description =
        "Count and judge heel raises in recordings (several files = insoles of one person).")
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", description = "recording files (wire, Moticon export or CSV)")
  List<Path> files;

  @Option(names = "--format", description = "${COMPLETION-CANDIDATES} (default: detect; any case)")
  RecordingFormat format;

  @Option(names = "--mapping", description = "column-mapping JSON for CSV recordings")
  Path mapping;

  @Option(names = "--side", description = "analyse only the left or right insole")
  Side side;

  @Option(names = "--prescription", description = "tempo as up-hold-down seconds, e.g. 3-2-3")
  String tempo;

  @Option(names = "--up-ms", description = "prescribed rise in ms (default 3000)")
  Long upMs;

  @Option(names = "--hold-ms", description = "prescribed hold in ms (default 2000)")
  Long holdMs;

  @Option(names = "--down-ms", description = "prescribed lowering in ms (default 3000)")
  Long downMs;

  @Option(names = "--target-reps", description = "prescribed reps per set (default 12)")
  Integer targetReps;

  @Option(names = "--two-legged", description = "both legs prescribed (no TWO_LEGGED fault)")
  boolean twoLegged;

  @Option(names = "--rest-ms", description = "rest that ends a set, ms (default 20000)")
  Long restMs;

  @picocli.CommandLine.Mixin PhaseMarksOption timing;

  @Option(names = "--json", description = "one JSON document with reps and sets")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Prescription rx = prescription();
    AnalysisConfig config = timing.config();
    if (restMs != null) {
      config = config.withRestMillis(restMs);
    }
    List<Track> tracks = new ArrayList<>();
    for (Path file : files) {
      Inputs.requireFile(file, "recording");
      tracks.addAll(RecordingReader.read(file, format, mapping).tracks());
    }
    Side only = side;
    List<RepEvent> reps = new ArrayList<>();
    List<SetSummary> sets = new ArrayList<>();
    List<BlindStance> blind = new ArrayList<>();
    PrintWriter out = spec.commandLine().getOut();
    PersonAnalyzer.analyze(
        new Recording(tracks),
        rx,
        config,
        only,
        new AnalysisListener() {
          @Override
          public void onRep(RepEvent rep) {
            reps.add(rep);
            if (!json) {
              out.println(RepText.line(rep));
            }
          }

          @Override
          public void onSet(SetSummary set) {
            sets.add(set);
            if (!json) {
              out.println(RepText.summary(set, rx));
            }
          }

          @Override
          public void onBlindStance(BlindStance stance) {
            blind.add(stance);
            if (!json) {
              out.println(RepText.line(stance));
            }
          }
        });
    if (json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      out.println(
          mapper.writeValueAsString(
              Map.of(
                  "reps", reps.stream().map(RepText::json).toList(),
                  "sets", sets.stream().map(RepText::json).toList(),
                  "blind", blind.stream().map(RepText::json).toList())));
    } else if (reps.isEmpty()) {
      out.println("no heel raises found");
    }
    out.flush();
    return 0;
  }

  private Prescription prescription() {
    Prescription rx = Prescription.rathleff();
    if (tempo != null) {
      rx = Prescription.parseTempo(tempo, rx.targetReps());
    }
    rx =
        rx.withTempo(
            upMs != null ? upMs : rx.upMillis(),
            holdMs != null ? holdMs : rx.holdMillis(),
            downMs != null ? downMs : rx.downMillis(),
            targetReps != null ? targetReps : rx.targetReps());
    return rx.withSingleLeg(!twoLegged);
  }
}
