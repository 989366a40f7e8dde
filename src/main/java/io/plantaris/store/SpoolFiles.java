package io.plantaris.store;

import io.plantaris.files.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Names and small files of the spool folder: segments and the committed offset. */
final class SpoolFiles {
  private static final String SUFFIX = ".seg";

  private SpoolFiles() {}

  static Path segment(Path dir, long n) {
    return dir.resolve(String.format("%020d%s", n, SUFFIX));
  }

  /** Segment numbers in the folder, ascending. */
  static List<Long> segments(Path dir) throws IOException {
    List<Long> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX) && n.length() == 20 + SUFFIX.length())
          .forEach(n -> out.add(Long.parseLong(n.substring(0, 20))));
    }
    out.sort(null);
    return out;
  }

  static SpoolPosition readCommitted(Path dir) throws IOException {
    Path f = dir.resolve("committed");
    if (!Files.exists(f)) {
      return null;
    }
    String[] parts = Files.readString(f, StandardCharsets.US_ASCII).trim().split(" ");
    return new SpoolPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
  }

  /** Replaces the committed offset atomically (write, fsync, rename). */
  static void writeCommitted(Path dir, SpoolPosition p) throws IOException {
    Path tmp = dir.resolve("committed.tmp");
    byte[] text = (p.segment() + " " + p.offset() + "\n").getBytes(StandardCharsets.US_ASCII);
    try (FileChannel ch =
        PrivateFiles.open(
            tmp,
            Set.of(
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING))) {
      ch.write(ByteBuffer.wrap(text));
      ch.force(false);
    }
    Files.move(
        tmp,
        dir.resolve("committed"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
