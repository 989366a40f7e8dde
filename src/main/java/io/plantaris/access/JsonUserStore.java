package io.plantaris.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The users in a JSON file beside the registry ({@code users.json}), replaced atomically on every
 * change so a crash never leaves half a file: the store of earlier versions, read once by the
 * import into the database ({@code io.plantaris.access.jdbc.AccessImport}).
 */
public final class JsonUserStore implements UserStore {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private FileTime loadedAt;
  private long loadedSize = -1;
  private Object loadedKey;
  private List<User> loaded = List.of();

  /** The time step of each user's last accepted code, in memory: this store serves one process. */
  private final java.util.Map<String, Long> lastStep =
      new java.util.concurrent.ConcurrentHashMap<>();

  public JsonUserStore(Path file) {
    this.file = file.toAbsolutePath();
    io.plantaris.files.PrivateFiles.restrictQuietly(this.file); // 0600 (older versions: 0644)
  }

  /** The users file that goes with a registry file. */
  public static Path besideRegistry(Path registryFile) {
    return registryFile.toAbsolutePath().resolveSibling("users.json");
  }

  public Path path() {
    return file;
  }

  /** The shape on disk. */
  record Document(int formatVersion, List<User> users) {
    Document {
      users = users == null ? List.of() : List.copyOf(users);
    }
  }

  /** A file that cannot be read or parsed is an error naming the file, never "no users". */
  @Override
  public synchronized List<User> all() {
    try {
      if (!Files.exists(file)) {
        loaded = List.of();
        loadedAt = null;
        return loaded;
      }
      // an atomic replace makes a new file (inode), so a change in the same tick is seen too
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (!a.lastModifiedTime().equals(loadedAt)
          || a.size() != loadedSize
          || !java.util.Objects.equals(a.fileKey(), loadedKey)) {
        loaded = JSON.readValue(file.toFile(), Document.class).users();
        loadedAt = a.lastModifiedTime();
        loadedSize = a.size();
        loadedKey = a.fileKey();
      }
      return loaded;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "users file " + file + " is unreadable or not valid: " + firstLine(e), e);
    }
  }

  @Override
  public Optional<User> find(String id) {
    return all().stream().filter(u -> u.id().equals(id)).findFirst();
  }

  @Override
  public synchronized void add(User user) {
    List<User> users = new ArrayList<>(all());
    if (users.stream().anyMatch(u -> u.id().equals(user.id()))) {
      throw new IllegalArgumentException("user '" + user.id() + "' already exists");
    }
    users.add(user);
    write(new Document(1, users));
  }

  @Override
  public synchronized boolean remove(String id) {
    List<User> users = new ArrayList<>(all());
    boolean removed = users.removeIf(u -> u.id().equals(id));
    if (removed) {
      write(new Document(1, users));
    }
    return removed;
  }

  @Override
  public synchronized User update(String id, UnaryOperator<User> change) {
    List<User> users = new ArrayList<>(all());
    for (int i = 0; i < users.size(); i++) {
      if (users.get(i).id().equals(id)) {
        User changed = change.apply(users.get(i));
        users.set(i, changed);
        write(new Document(1, users));
        return changed;
      }
    }
    throw new IllegalArgumentException("no user '" + id + "'");
  }

  @Override
  public boolean acceptTotpStep(String id, long step) {
    boolean[] accepted = {false};
    lastStep.compute(
        id,
        (k, last) -> {
          if (last != null && step <= last) {
            return last;
          }
          accepted[0] = true;
          return step;
        });
    return accepted[0];
  }

  private void write(Document d) {
    JsonFiles.replace(file, d, JSON, "users file");
    loadedAt = null; // re-read: the same second can hold two writes
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
