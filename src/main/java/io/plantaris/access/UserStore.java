package io.plantaris.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The users, in a JSON file beside the registry ({@code users.json}), replaced atomically on every
 * change so a crash never leaves half a file. Written by the command line, read by the service.
 */
public final class UserStore {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  public UserStore(Path file) {
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

  public synchronized List<User> all() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return JSON.readValue(file.toFile(), Document.class).users();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read users file " + file, e);
    }
  }

  public Optional<User> find(String id) {
    return all().stream().filter(u -> u.id().equals(id)).findFirst();
  }

  /** Adds a user; an existing id is an error (a password is changed on purpose, not by typo). */
  public synchronized void add(User user) {
    List<User> users = new ArrayList<>(all());
    if (users.stream().anyMatch(u -> u.id().equals(user.id()))) {
      throw new IllegalArgumentException("user '" + user.id() + "' already exists");
    }
    users.add(user);
    write(new Document(1, users));
  }

  private void write(Document d) {
    JsonFiles.replace(file, d, JSON, "users file");
  }
}
