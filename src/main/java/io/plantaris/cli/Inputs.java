package io.plantaris.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the files and folders a user names, before any work starts. */
final class Inputs {
  private Inputs() {}

  /** {@code file} is a readable regular file, or a {@link UsageException} says what it is. */
  static void requireFile(Path file, String what) {
    if (Files.isDirectory(file)) {
      throw new UsageException(file + " is a folder; give a " + what + " file");
    }
    if (!Files.exists(file)) {
      throw new UsageException("no such " + what + " file: " + file);
    }
    if (!Files.isReadable(file)) {
      throw new UsageException("cannot read " + file + ": permission denied");
    }
  }

  /** {@code dir} is a folder, or a {@link UsageException} says what it is. */
  static void requireFolder(Path dir, String what) {
    if (!Files.exists(dir)) {
      throw new UsageException("no such " + what + " folder: " + dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new UsageException(dir + " is a file; give a " + what + " folder");
    }
  }
}
