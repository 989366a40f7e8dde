package io.plantaris.programme;

import java.util.regex.Pattern;

/** Constructor checks with messages that name the field and the bad value. */
public final class Check {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}");

  private Check() {}

  /** Ids are short, printable and safe in file names, URLs and log lines. */
  public static String id(String field, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be 1-96 letters, digits, '.', '_' or '-' starting with a letter or digit,"
              + " was "
              + (value == null ? "missing" : "'" + value + "'"));
    }
    return value;
  }

  /** Fails with the field's name when the value is missing. */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }
}
