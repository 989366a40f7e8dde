package io.plantaris.access;

import io.plantaris.programme.Check;

/**
 * A login: its role, the registry record it stands for (the patient id of a patient, the clinician
 * id of a clinician, none for an admin) and its password hash (never the password).
 */
public record User(String id, Role role, String subjectId, String passwordHash) {
  public User {
    Check.id("user id", id);
    Check.notNull("role", role);
    if (role == Role.ADMIN) {
      subjectId = null;
    } else {
      Check.id(role.label() + " id of user " + id, subjectId);
    }
    if (passwordHash == null || !passwordHash.startsWith("$argon2id$")) {
      throw new IllegalArgumentException("user " + id + " needs an argon2id password hash");
    }
  }
}
