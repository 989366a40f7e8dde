package io.plantaris.dashboard;

/**
 * Rules for the free text a user types (a pain note, a review note): at most {@link #MAX_CHARS}
 * characters and no control characters (a line break, a tab, NUL). Checked at the API, so a request
 * breaking them is answered 400 before anything is written.
 */
final class FreeText {
  static final int MAX_CHARS = 1000;

  private FreeText() {}

  /** {@code text} when it keeps the rules; throws {@link IllegalArgumentException} saying why. */
  static String check(String field, String text) {
    if (text == null) {
      return "";
    }
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException(
          field + " must be at most " + MAX_CHARS + " characters, was " + text.length());
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          field + " must be one line of text without control characters (line breaks, tabs)");
    }
    return text;
  }
}
