package io.plantaris.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One small JSON file per person in one folder, written to a temporary file renamed over the old
 * one (a crash leaves one or the other). Not fsynced: it has to survive the process, not the
 * machine. A file that cannot be written or read is logged and the person starts afresh.
 */
public final class ResumeFiles implements ResumeLog {
  private static final Logger log = LoggerFactory.getLogger(ResumeFiles.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path dir;

  public ResumeFiles(Path dir) {
    this.dir = dir;
  }

  @Override
  public void save(ResumePoint point) {
    Path file = file(point.personId());
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "resume.", ".tmp");
      Files.write(tmp, JSON.writeValueAsBytes(point));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      log.warn("cannot save where {} stands to {}: {}", point.personId(), file, e.toString());
    }
  }

  @Override
  public Optional<ResumePoint> load(String personId) {
    Path file = file(personId);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(Files.readAllBytes(file), ResumePoint.class));
    } catch (IOException e) {
      log.warn("resume file {} unreadable, {} starts afresh: {}", file, personId, e.toString());
      return Optional.empty();
    }
  }

  /**
   * Removes the points saved more than {@code olderThanMillis} before {@code nowMillis} (a person
   * coming back after that starts a new session, so they would never be read) and the temporary
   * files a crash between write and rename left; run at start so the folder does not keep one file
   * for every person ever seen. Answers how many files went; a file that cannot go is logged.
   */
  public int sweep(long nowMillis, long olderThanMillis) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        boolean temporary = name.startsWith("resume.") && name.endsWith(".tmp");
        if (!temporary && !name.endsWith(".json")) {
          continue; // not ours
        }
        try {
          long age = nowMillis - Files.getLastModifiedTime(f).toMillis();
          if ((temporary || age > olderThanMillis) && Files.deleteIfExists(f)) {
            removed++;
          }
        } catch (IOException e) {
          log.warn("cannot remove stale resume file {}: {}", f, e.toString());
        }
      }
    } catch (IOException e) {
      log.warn("cannot list resume folder {}: {}", dir, e.toString());
    }
    if (removed > 0) {
      log.info("removed {} stale resume file(s) from {}", removed, dir);
    }
    return removed;
  }

  /** Person ids come from devices: hex-encoded, so any id is a safe file name. */
  private Path file(String personId) {
    StringBuilder b = new StringBuilder();
    for (byte x : personId.getBytes(StandardCharsets.UTF_8)) {
      b.append(String.format("%02x", x));
    }
    return dir.resolve(b + ".json");
  }
}
