package io.plantaris.sim;

import io.plantaris.insole.Side;
import io.plantaris.insole.Track;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a simulation to disk: {@code NAME.plw} (one insole) or {@code NAME.left.plw} and {@code
 * NAME.right.plw} (two), plus {@code NAME.truth.json}.
 */
public final class SimulationFiles {
  private SimulationFiles() {}

  /** Writes the files and returns their paths, wire files first. */
  public static List<Path> write(SimulationResult result, Path dir, String name)
      throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    List<Track> tracks = result.recording().tracks();
    for (Track track : tracks) {
      String suffix =
          tracks.size() == 1
              ? ".plw"
              : track.layout().side() == Side.RIGHT ? ".right.plw" : ".left.plw";
      Path file = dir.resolve(name + suffix);
      Files.write(file, WireRecordingWriter.bytes(track, bootId(result.config(), track)));
      written.add(file);
    }
    Path truth = dir.resolve(name + ".truth.json");
    GroundTruthJson.write(result.truth(), truth);
    written.add(truth);
    return written;
  }

  /** A boot id derived from the seed, so files are reproducible byte for byte. */
  public static long bootId(SimulationConfig config, Track track) {
    long h = config.seed() * 0x9E3779B97F4A7C15L + track.layout().side().wireCode();
    return (h ^ (h >>> 29)) & 0xFFFF_FFFFL;
  }
}
