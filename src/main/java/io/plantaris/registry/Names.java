package io.plantaris.registry;

/** Display names: present, trimmed, printable, not too long. */
final class Names {
  private Names() {}

  static String check(String field, String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 120 || n.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          field
              + " must be 1-120 printable characters, was "
              + (name == null ? "missing" : "'" + name + "'"));
    }
    return n;
  }
}
