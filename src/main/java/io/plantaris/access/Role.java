package io.plantaris.access;

import java.util.Locale;

/** What a user may see: a patient their own data, a clinician their assigned patients, all. */
public enum Role {
  PATIENT,
  CLINICIAN,
  ADMIN;

  /** Parses {@code patient}, {@code clinician} or {@code admin}, naming the choices when wrong. */
  public static Role parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "role must be patient, clinician or admin, was " + text, e);
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
