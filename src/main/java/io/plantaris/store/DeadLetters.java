package io.plantaris.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.files.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points the store refused as malformed, kept aside so that they never block the spool: one JSON
 * object per line ({@code refusedAt}, {@code status}, {@code error}, {@code line}) appended to
 * {@code <spoolDir>/dead-letter.jsonl} (0600), counted for /health and {@code
 * plantaris_store_dead_letters_total}. The file stops growing at {@link #MAX_BYTES}; later points
 * are still counted and logged.
 */
final class DeadLetters {
  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
  static final String FILE = "dead-letter.jsonl";
  static final long MAX_BYTES = 64L << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final AtomicLong count = new AtomicLong();

  DeadLetters(Path spoolDir) {
    this.file = spoolDir.resolve(FILE);
  }

  /** Keeps {@code line} aside with why the store refused it. */
  synchronized void add(String line, int status, String error) {
    long n = count.incrementAndGet();
    log.error(
        "store refused a point (HTTP {}), moved to {} ({} so far): {}; point {}",
        status,
        file,
        n,
        error,
        line.length() > 200 ? line.substring(0, 200) + "..." : line);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("refusedAt", Instant.now().toString());
    m.put("status", status);
    m.put("error", error);
    m.put("line", line);
    try (FileChannel ch =
        PrivateFiles.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
      if (ch.size() >= MAX_BYTES) {
        log.error(
            "dead-letter file {} is full ({} bytes): the point is only counted", file, ch.size());
        return;
      }
      ByteBuffer b =
          ByteBuffer.wrap((JSON.writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8));
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(false);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      log.error("cannot write the dead-letter file {}: {}", file, e.toString());
    }
  }

  long count() {
    return count.get();
  }
}
