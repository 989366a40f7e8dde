package io.plantaris.store;

/** Checks for the identifiers that become tag values. */
final class Names {
  private Names() {}

  static String requireId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return id;
  }
}
