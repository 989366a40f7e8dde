package io.plantaris.eval;

import io.plantaris.importer.RecordingReader;
import io.plantaris.insole.Recording;
import io.plantaris.sim.GroundTruth;
import io.plantaris.sim.GroundTruthJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads evaluation cases from a folder: every {@code NAME.truth.json} (or {@code NAME.json} holding
 * ground truth) with a recording file {@code NAME.*} beside it.
 */
public final class FolderCases {
  private FolderCases() {}

  public static List<EvalCase> read(Path dir) throws IOException {
    List<EvalCase> cases = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    for (Path truthFile : files) {
      String name = truthFile.getFileName().toString();
      if (!name.endsWith(".json") || name.endsWith(".mapping.json")) {
        continue;
      }
      String base =
          name.endsWith(".truth.json")
              ? name.substring(0, name.length() - ".truth.json".length())
              : name.substring(0, name.length() - ".json".length());
      Path recording =
          files.stream()
              .filter(p -> !p.equals(truthFile))
              .filter(p -> p.getFileName().toString().startsWith(base + "."))
              .filter(p -> !p.getFileName().toString().endsWith(".json"))
              .findFirst()
              .orElse(null);
      if (recording == null) {
        continue;
      }
      GroundTruth truth = GroundTruthJson.read(truthFile);
      Recording r = RecordingReader.read(recording, null, null);
      cases.add(new EvalCase(base, r, truth));
    }
    if (cases.isEmpty()) {
      throw new IOException("no recording with a NAME.truth.json beside it in " + dir);
    }
    return cases;
  }
}
