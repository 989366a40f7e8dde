package io.plantaris.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Replaces a small JSON file atomically, so a crash leaves the old or the new file, never half. */
final class JsonFiles {
  private JsonFiles() {}

  static void replace(Path file, Object document, ObjectMapper json, String what) {
    try {
      PrivateFiles.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(tmp, PrivateFiles.fileAttributes()); // 0600, kept by the rename
      json.writeValue(tmp.toFile(), document);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + what + " " + file, e);
    }
  }
}
