package io.plantaris.progression;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The live sessions still open, kept on disk after every rep and set, so a service that restarts
 * (or crashes) mid-session carries the same session on: same id, its sets kept, numbering going on.
 */
final class OpenSessionFile {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path file;

  /** One open session as written. */
  record Saved(
      String patientId,
      long startMicros,
      long lastEventMicros,
      long lastArrivalMillis,
      List<RepEvent> reps,
      List<SetSummary> sets) {}

  OpenSessionFile(Path file) {
    this.file = file;
  }

  Path path() {
    return file;
  }

  /** Writes a temporary file and renames it over the old one: a crash leaves one or the other. */
  void save(List<Saved> sessions) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      Files.write(tmp, JSON.writeValueAsBytes(sessions));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write open sessions to " + file, e);
    }
  }

  /** The sessions open when the service stopped; none when the file is missing or unreadable. */
  List<Saved> load() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return new ArrayList<>(JSON.readValue(Files.readAllBytes(file), new TypeReference<>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("open sessions file " + file + " is damaged", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read open sessions from " + file, e);
    }
  }
}
