package io.plantaris.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantaris.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * The registry document in one file, replaced atomically: each update takes a lock (a JVM lock per
 * file plus an OS lock on a side file, so two processes do not interleave), reads the current
 * document, applies the change, writes a temporary file, forces it to disk and renames it over the
 * old one. A crash leaves either the old or the new document, never half of one.
 */
final class AtomicJsonFile {
  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final Path lockFile;
  private final ObjectMapper mapper = RegistryJson.mapper();

  AtomicJsonFile(Path file) {
    this.file = file.toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
  }

  Path path() {
    return file;
  }

  /** The current document; empty when the file does not exist yet. */
  RegistryState read() {
    if (!Files.exists(file)) {
      return RegistryState.empty();
    }
    try {
      return mapper.readValue(Files.readAllBytes(file), RegistryState.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "registry file " + file + " is not a valid registry: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read registry file " + file, e);
    }
  }

  /** Applies a change under the lock; when the change throws, the file is left as it was. */
  RegistryState update(UnaryOperator<RegistryState> change) {
    ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
    jvmLock.lock();
    try {
      PrivateFiles.createDirectories(file.getParent());
      try (FileChannel lockChannel =
              PrivateFiles.open(
                  lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE));
          FileLock ignored = lockChannel.lock()) {
        RegistryState next = change.apply(read());
        write(mapper.writeValueAsBytes(next));
        return next;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write registry file " + file, e);
    } finally {
      jvmLock.unlock();
    }
  }

  private void write(byte[] json) throws IOException {
    // createTempFile makes it 0600 on POSIX; the rename keeps that: the registry is 0600
    Path tmp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(json);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
