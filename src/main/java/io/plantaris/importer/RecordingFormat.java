package io.plantaris.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The recording file formats Plantaris reads, and how to tell them apart. */
public enum RecordingFormat {
  /** The Plantaris firmware wire format ({@code .plw}). */
  WIRE,
  /** A Moticon OpenGo text export. */
  MOTICON,
  /** Any CSV, read with a column-mapping file. */
  CSV;

  /**
   * Guesses the format: {@code .plw} is WIRE, a file whose first line starts with {@code #} and
   * which has a {@code # Start time} or {@code # time} header line is MOTICON, {@code .csv} is CSV.
   */
  public static RecordingFormat detect(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".plw")) {
      return WIRE;
    }
    if (looksLikeMoticon(file)) {
      return MOTICON;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    throw new ImportException(
        file + ": cannot tell the format (expected .plw, a Moticon export or .csv); name it");
  }

  private static boolean looksLikeMoticon(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      // Moticon puts a dozen '#' lines first; a wire file's bytes will not pass this test.
      for (int i = 0; i < 20; i++) {
        String line = in.readLine();
        if (line == null || !line.startsWith("#")) {
          return false;
        }
        if (line.startsWith("# Start time") || line.startsWith("# time")) {
          return true;
        }
      }
    }
    return false;
  }
}
