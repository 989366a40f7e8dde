package io.plantaris.eval;

import io.plantaris.importer.RecordingReader;
import io.plantaris.insole.Recording;
import io.plantaris.insole.Track;
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
 * ground truth) with the recording files {@code NAME.*} beside it; several files (such as {@code
 * NAME.left.plw} and {@code NAME.right.plw}) are the insoles of one person.
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
      // NAME.left.plw and NAME.right.plw are the two insoles of one person: one case, two tracks
      List<Path> recordings =
          files.stream()
              .filter(p -> !p.equals(truthFile))
              .filter(p -> p.getFileName().toString().startsWith(base + "."))
              .filter(p -> !p.getFileName().toString().endsWith(".json"))
              .toList();
      if (recordings.isEmpty()) {
        continue;
      }
      GroundTruth truth = GroundTruthJson.read(truthFile);
      List<Track> tracks = new ArrayList<>();
      for (Path recording : recordings) {
        tracks.addAll(RecordingReader.read(recording, null, null).tracks());
      }
      Recording r = new Recording(tracks);
      cases.add(new EvalCase(base, r, truth));
    }
    if (cases.isEmpty()) {
      throw new IOException("no recording with a NAME.truth.json beside it in " + dir);
    }
    return cases;
  }
}
