package io.plantaris.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions {@link SessionRecorder} has open, one small JSON file in the spool folder rewritten
 * (temporary file renamed over it) when a session starts and after each set, so that after a crash
 * the sets still to come join the same session point with its totals so far.
 */
final class OpenSessions {
  static final String FILE = "open-sessions.json";
  private static final Logger log = LoggerFactory.getLogger(OpenSessions.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One patient's session totals so far. */
  record Totals(
      long startMicros, long lastEndMicros, int sets, int reps, int validReps, long tutMillis) {}

  private final Path dir;

  /**
   * @param dir the spool folder; null keeps nothing
   */
  OpenSessions(Path dir) {
    this.dir = dir;
  }

  Map<String, Totals> load() {
    Path f = dir == null ? null : dir.resolve(FILE);
    if (f == null || !Files.exists(f)) {
      return new HashMap<>();
    }
    try {
      return new HashMap<>(JSON.readValue(Files.readAllBytes(f), new TypeReference<>() {}));
    } catch (IOException e) {
      log.warn("open sessions {} unreadable, sessions start afresh: {}", f, e.toString());
      return new HashMap<>();
    }
  }

  void save(Map<String, Totals> sessions) {
    if (dir == null) {
      return;
    }
    Path f = dir.resolve(FILE);
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "open-sessions.", ".tmp");
      Files.write(tmp, JSON.writeValueAsBytes(sessions));
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      log.warn("cannot save the open sessions to {}: {}", f, e.toString());
    }
  }
}
