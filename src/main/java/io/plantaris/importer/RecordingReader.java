package io.plantaris.importer;

import io.plantaris.insole.Recording;
import java.io.IOException;
import java.nio.file.Path;

/** Reads any recording file Plantaris understands into a {@link Recording}. */
public final class RecordingReader {
  private RecordingReader() {}

  /**
   * Reads {@code file}.
   *
   * @param format the format, or null to detect it ({@link RecordingFormat#detect})
   * @param mappingOrNull the column-mapping JSON file; required for CSV, ignored otherwise
   * @throws UnsupportedOperationException for WIRE until the wire codec offers a track reader
   */
  public static Recording read(Path file, RecordingFormat format, Path mappingOrNull)
      throws IOException {
    RecordingFormat f = format != null ? format : RecordingFormat.detect(file);
    return switch (f) {
      case WIRE ->
          throw new UnsupportedOperationException(
              file + ": reading the wire format needs the codec's track reader, not merged yet");
      case MOTICON -> new MoticonImporter().read(file).recording();
      case CSV -> {
        if (mappingOrNull == null) {
          throw new ImportException(file + ": a CSV recording needs a column-mapping file");
        }
        yield CsvImporter.read(file, mappingOrNull);
      }
    };
  }
}
