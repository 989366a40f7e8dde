package io.plantaris.access;

import io.plantaris.programme.Check;

/**
 * A login: its role, the registry record it stands for (the patient id of a patient, the clinician
 * id of a clinician, none for an admin), its password hash (never the password) and, once enrolled,
 * the Base32 secret of its authenticator app (RFC 6238 TOTP).
 */
public record User(String id, Role role, String subjectId, String passwordHash, String totpSecret) {
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

  /** A user without a second factor yet. */
  public User(String id, Role role, String subjectId, String passwordHash) {
    this(id, role, subjectId, passwordHash, null);
  }

  /** Clinicians and admins see many patients' data, so their login needs a second factor. */
  public boolean needsSecondFactor() {
    return role != Role.PATIENT;
  }

  public User withPasswordHash(String hash) {
    return new User(id, role, subjectId, hash, totpSecret);
  }

  public User withTotpSecret(String secret) {
    return new User(id, role, subjectId, passwordHash, secret);
  }
}
