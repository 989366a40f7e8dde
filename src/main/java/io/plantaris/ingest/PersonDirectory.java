package io.plantaris.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides which person a byte stream belongs to, so that a person's two insoles are analysed
 * together. Configured devices map to their person; otherwise MQTT device ids that differ only by a
 * side suffix ({@code -L}/{@code -R}, {@code -left}/{@code -right}) pair by their common stem, and
 * any other stream is a person of its own.
 */
public final class PersonDirectory {
  private static final java.util.Set<String> SIDE_TOKENS =
      java.util.Set.of("l", "r", "left", "right");

  private final Map<String, String> devicesToPersons;
  private volatile Function<String, Optional<String>> registered = id -> Optional.empty();

  public PersonDirectory(Map<String, String> devicesToPersons) {
    this.devicesToPersons = Map.copyOf(devicesToPersons);
  }

  /**
   * Asks {@code lookup} (device id to person, e.g. the registry's wearer of an insole) for streams
   * the configuration does not map, each time a new stream appears, so insoles registered while the
   * service runs are picked up.
   */
  public void lookUpRegistered(Function<String, Optional<String>> lookup) {
    registered = lookup;
  }

  /** The person of {@code streamKey} ({@code mqtt:ID}, {@code serial:PATH}, {@code replay:...}). */
  public String personOf(String streamKey) {
    String configured = devicesToPersons.get(streamKey);
    if (configured != null) {
      return configured;
    }
    int colon = streamKey.indexOf(':');
    String id = colon >= 0 ? streamKey.substring(colon + 1) : streamKey;
    configured = devicesToPersons.get(id);
    if (configured != null) {
      return configured;
    }
    return registered.apply(id).orElseGet(() -> stripSide(id));
  }

  /** Drops a side token ({@code L}, {@code R}, {@code left}, {@code right}) between separators. */
  static String stripSide(String id) {
    String[] tokens = id.split("[-_]");
    StringBuilder stem = new StringBuilder();
    boolean stripped = false;
    for (String t : tokens) {
      String lower = t.toLowerCase(Locale.ROOT);
      if (!stripped && tokens.length > 1 && SIDE_TOKENS.contains(lower)) {
        stripped = true;
        continue;
      }
      stem.append(stem.length() == 0 ? "" : "-").append(t);
    }
    return stripped ? stem.toString() : id;
  }
}
