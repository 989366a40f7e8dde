package io.plantaris.importer;

import io.plantaris.insole.Recording;
import io.plantaris.protocol.WireTrackReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads any recording file Plantaris understands into a {@link Recording}. */
public final class RecordingReader {
  private RecordingReader() {}

  /**
   * Reads {@code file}.
   *
   * @param format the format, or null to detect it ({@link RecordingFormat#detect})
   * @param mappingOrNull the column-mapping JSON file; required for CSV, ignored otherwise
   */
  public static Recording read(Path file, RecordingFormat format, Path mappingOrNull)
      throws IOException {
    RecordingFormat f = format != null ? format : RecordingFormat.detect(file);
    return switch (f) {
      case WIRE -> readWire(file);
      case MOTICON -> new MoticonImporter().read(file).recording();
      case CSV -> {
        if (mappingOrNull == null) {
          throw new ImportException(file + ": a CSV recording needs a column-mapping file");
        }
        yield CsvImporter.read(file, mappingOrNull);
      }
    };
  }

  private static Recording readWire(Path file) throws IOException {
    WireTrackReader.Result result = WireTrackReader.read(Files.readAllBytes(file));
    if (result.track() == null || result.track().size() == 0) {
      throw new ImportException(
          file + ": no samples decoded from the wire stream (" + result.decode() + ")");
    }
    return new Recording(List.of(result.track()));
  }
}
