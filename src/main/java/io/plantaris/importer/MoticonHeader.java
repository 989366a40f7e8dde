package io.plantaris.importer;

import io.plantaris.insole.Side;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # Key: value} lines at the top of a Moticon OpenGo text export.
 *
 * @param fields every header field by its key as written (for example {@code "Start time"})
 */
public record MoticonHeader(Map<String, String> fields) {
  private static final Pattern SERIAL =
      Pattern.compile("(?i)\\b(left|right)\\s+(\\S+?),?(?=\\s|$)");

  public MoticonHeader {
    fields = Map.copyOf(fields);
  }

  /**
   * Parses header lines (with or without the leading {@code #}); lines without a colon are ignored.
   */
  static MoticonHeader parse(Iterable<String> lines) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : lines) {
      String text = line.startsWith("#") ? line.substring(1).trim() : line.trim();
      int colon = text.indexOf(':');
      if (colon > 0) {
        fields.putIfAbsent(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
      }
    }
    return new MoticonHeader(fields);
  }

  public Optional<String> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** The insole serial for a side from {@code Sensor insoles: Left SN5968, Right SN9171}. */
  public Optional<String> serial(Side side) {
    Matcher m = SERIAL.matcher(field("Sensor insoles").orElse(""));
    while (m.find()) {
      if (m.group(1).toUpperCase(Locale.ROOT).equals(side.name())) {
        return Optional.of(m.group(2));
      }
    }
    return Optional.empty();
  }

  /** The Moticon insole size from {@code Size: 7}, if present and numeric. */
  public Optional<Integer> size() {
    try {
      return field("Size").map(s -> Integer.parseInt(s.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
