package io.plantaris.progression;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.SetSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live sessions still open, kept on disk after every rep and set (one small file per patient in
 * one folder, so a write costs one session whatever the number of patients), so a service that
 * restarts (or crashes) mid-session carries the same session on: same id, its sets kept, numbering
 * going on.
 */
final class OpenSessionFile {
  private static final Logger log = LoggerFactory.getLogger(OpenSessionFile.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path dir;

  /** One open session as written. */
  record Saved(
      String patientId,
      long startMicros,
      long lastEventMicros,
      long lastArrivalMillis,
      List<RepEvent> reps,
      List<SetSummary> sets,
      List<BlindStance> unseen) {
    Saved {
      unseen = unseen == null ? List.of() : unseen; // a file written before insoles said so
    }
  }

  /**
   * @param dir the folder of the patients' files (patient ids are safe file names: see Check.id)
   */
  OpenSessionFile(Path dir) {
    this.dir = dir;
  }

  Path path() {
    return dir;
  }

  /**
   * Writes the patient's open session ({@code session} null: none is open any more) to a temporary
   * file renamed over the old one: a crash leaves one or the other.
   */
  void save(String patientId, Saved session) {
    Path file = dir.resolve(patientId + ".json");
    try {
      if (session == null) {
        Files.deleteIfExists(file);
        return;
      }
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, patientId + ".", ".tmp");
      Files.write(tmp, JSON.writeValueAsBytes(session));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the open session to " + file, e);
    }
  }

  /** The sessions open when the service stopped; a damaged file is skipped and logged. */
  List<Saved> load() {
    List<Saved> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        try {
          out.add(JSON.readValue(Files.readAllBytes(f), Saved.class));
        } catch (JsonProcessingException e) {
          log.error("open session file {} is damaged, skipped: {}", f, e.getOriginalMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read open sessions from " + dir, e);
    }
    return out;
  }
}
