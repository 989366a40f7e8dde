package io.plantaris.store;

/**
 * Makes any text safe to put in a line-protocol point. The client library escapes what the protocol
 * can escape (quotes and backslashes in string fields; commas, spaces and equals signs in tags) but
 * line protocol has no escape for a line break: a note holding one splits the point and the store
 * refuses the whole batch. So control characters (line breaks, tabs, NUL, DEL and the C1 range)
 * become a space in fields and an underscore in tags; a backslash in a tag (which would escape the
 * separator after it when last) becomes a slash.
 */
public final class LineText {
  private LineText() {}

  /** A string field's value: every control character replaced by a space. */
  public static String field(String s) {
    return replaceControls(s, ' ');
  }

  /** A tag's value: control characters replaced by '_', backslashes by '/'. */
  public static String tag(String s) {
    return s == null ? null : replaceControls(s, '_').replace('\\', '/');
  }

  /** True when {@code s} holds a character line protocol cannot carry as it is. */
  public static boolean hasControl(String s) {
    return s != null && s.chars().anyMatch(Character::isISOControl);
  }

  private static String replaceControls(String s, char with) {
    if (!hasControl(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? with : c);
    }
    return b.toString();
  }
}
