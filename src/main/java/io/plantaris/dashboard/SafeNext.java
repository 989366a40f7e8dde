package io.plantaris.dashboard;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Whether a {@code next} after login stays on this site: a path with one leading '/', no backslash
 * and no control character, also once decoded again. Browsers read {@code /\evil} and {@code
 * /<tab>/evil} as {@code //evil}, another host; login.js applies the same rule.
 */
final class SafeNext {
  private static final Pattern BAD = Pattern.compile("[\\\\\\p{Cntrl}]");

  private SafeNext() {}

  static boolean isSafe(String next) {
    if (!pathOnly(next)) {
      return false;
    }
    try {
      return pathOnly(URLDecoder.decode(next.replace("+", "%2B"), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean pathOnly(String p) {
    return p.startsWith("/") && !p.startsWith("//") && !BAD.matcher(p).find() && p.length() <= 2048;
  }
}
