package io.plantaris.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only the service's own user can read: patients' data, credentials and the audit
 * log are created 0600 (folders 0700) whatever the umask, and an existing one is tightened when the
 * service opens it. On a file system without POSIX permissions this does nothing.
 */
public final class PrivateFiles {
  public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  public static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private PrivateFiles() {}

  /**
   * Creates {@code dir} and missing parents 0700; an existing folder is left as it is (it may be
   * the working directory or a shared one).
   */
  public static Path createDirectories(Path dir) throws IOException {
    if (!POSIX || Files.isDirectory(dir)) {
      return Files.createDirectories(dir);
    }
    return Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
  }

  /**
   * Creates a folder the service owns alone (the spool, the embedded store's data) 0700, and
   * tightens it to 0700 when it exists already.
   */
  public static Path createPrivateDirectory(Path dir) throws IOException {
    createDirectories(dir);
    restrict(dir);
    return dir;
  }

  /** Creates an empty file 0600 when missing, or tightens an existing one to 0600. */
  public static void ensureFile(Path file) throws IOException {
    if (!Files.exists(file)) {
      try {
        Files.createFile(file, fileAttributes());
        return;
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // another writer made it meanwhile: tighten it below
      }
    }
    restrict(file);
  }

  /** Sets an existing file to 0600 (a folder to 0700); nothing when it does not exist. */
  public static void restrict(Path path) throws IOException {
    if (POSIX && Files.exists(path)) {
      Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
    }
  }

  /**
   * Tightens an existing file written by an older version (0644) to 0600; a failure (not the owner)
   * is left to the file's next write.
   */
  public static void restrictQuietly(Path file) {
    try {
      restrict(file);
    } catch (IOException | SecurityException e) {
      // not ours to change: the next atomic replace makes it 0600
    }
  }

  /** The attributes that create a file 0600 (none where permissions are not POSIX). */
  public static FileAttribute<?>[] fileAttributes() {
    return POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
        : new FileAttribute<?>[0];
  }

  /** Opens a channel; a file it creates is 0600. */
  public static FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
    return FileChannel.open(file, options, fileAttributes());
  }

  /** Writes {@code text} to {@code file}, which ends up 0600 whether new or not. */
  public static void writeString(Path file, String text) throws IOException {
    if (POSIX && !Files.exists(file)) {
      Files.createFile(file, fileAttributes());
    }
    Files.writeString(file, text);
    restrict(file);
  }
}
