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

  /** Person ids come from devices: hex-encoded, so any id is a safe file name. */
  private Path file(String personId) {
    StringBuilder b = new StringBuilder();
    for (byte x : personId.getBytes(StandardCharsets.UTF_8)) {
      b.append(String.format("%02x", x));
    }
    return dir.resolve(b + ".json");
  }
}
