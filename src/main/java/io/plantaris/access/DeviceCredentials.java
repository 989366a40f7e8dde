package io.plantaris.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Per-insole MQTT credentials ({@code device-credentials.json} beside the registry): each device
 * logs in with its id as user name and a secret issued once by the command line. The secrets are
 * 192-bit random tokens, so a SHA-256 of each is kept rather than a slow password hash: nobody can
 * guess a token, and a broker checks hundreds of reconnecting insoles quickly. The file is re-read
 * when it changes, so an insole added or revoked takes effect without a restart.
 */
public final class DeviceCredentials {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Device ids name MQTT topics, so wildcards and separators are not allowed in them. */
  private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Path file;
  private FileTime loadedAt;
  private Map<String, Entry> loaded = Map.of();

  public DeviceCredentials(Path file) {
    this.file = file.toAbsolutePath();
    io.plantaris.files.PrivateFiles.restrictQuietly(this.file); // 0600 (older versions: 0644)
  }

  /** The credentials file that goes with a registry file. */
  public static Path besideRegistry(Path registryFile) {
    return registryFile.toAbsolutePath().resolveSibling("device-credentials.json");
  }

  public Path path() {
    return file;
  }

  /** One device's hashed secret and when it was issued (ISO-8601). */
  record Entry(String deviceId, String sha256, String issuedAt) {}

  /** The shape on disk. */
  record Document(int formatVersion, List<Entry> devices) {
    Document {
      devices = devices == null ? List.of() : List.copyOf(devices);
    }
  }

  /** Issues a new secret for {@code deviceId}, replacing any earlier one; shown only this once. */
  public synchronized String issue(String deviceId, Instant now) {
    requireDeviceId(deviceId);
    byte[] raw = new byte[24];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    List<Entry> devices = new ArrayList<>(read().values());
    devices.removeIf(e -> e.deviceId().equals(deviceId));
    devices.add(
        new Entry(deviceId, sha256(token.getBytes(StandardCharsets.UTF_8)), now.toString()));
    write(new Document(1, devices));
    return token;
  }

  /** Removes the device's secret; false when it had none. */
  public synchronized boolean revoke(String deviceId) {
    List<Entry> devices = new ArrayList<>(read().values());
    boolean removed = devices.removeIf(e -> e.deviceId().equals(deviceId));
    if (removed) {
      write(new Document(1, devices));
    }
    return removed;
  }

  /** The devices that have a secret. */
  public synchronized List<String> devices() {
    return List.copyOf(read().keySet());
  }

  /** Whether {@code secret} is the secret issued to {@code deviceId} (constant-time compare). */
  public synchronized boolean verify(String deviceId, byte[] secret) {
    if (deviceId == null || secret == null) {
      return false;
    }
    Entry e = read().get(deviceId);
    if (e == null) {
      return false;
    }
    return MessageDigest.isEqual(
        HexFormat.of().parseHex(e.sha256()), HexFormat.of().parseHex(sha256(secret)));
  }

  static void requireDeviceId(String deviceId) {
    if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
      throw new IllegalArgumentException(
          "device id must be 1-64 characters of A-Z a-z 0-9 _ -, was '" + deviceId + "'");
    }
  }

  private Map<String, Entry> read() {
    try {
      if (!Files.exists(file)) {
        loaded = Map.of();
        loadedAt = null;
        return loaded;
      }
      FileTime modified = Files.getLastModifiedTime(file);
      if (!modified.equals(loadedAt)) {
        Document d = JSON.readValue(file.toFile(), Document.class);
        loaded =
            d.devices().stream()
                .collect(
                    Collectors.toMap(
                        Entry::deviceId,
                        Function.identity(),
                        (a, b) -> b,
                        java.util.LinkedHashMap::new));
        loadedAt = modified;
      }
      return loaded;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read device credentials " + file, e);
    }
  }

  private void write(Document d) {
    JsonFiles.replace(file, d, JSON, "device credentials");
    loadedAt = null; // re-read: the same second can hold two writes
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
