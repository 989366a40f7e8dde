package io.plantaris.store;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The user name and password the service presents to a QuestDB store over HTTP basic auth
 * (QuestDB's {@code http.user} / {@code http.password}), so that its SQL and write endpoints refuse
 * every other local process and every web page.
 */
public record StoreCredentials(String user, String password) {
  private static final SecureRandom RANDOM = new SecureRandom();

  public StoreCredentials {
    if (user == null || user.isBlank() || user.contains(":")) {
      throw new IllegalArgumentException("store user must be a non-empty name without ':'");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("store password must not be empty");
    }
  }

  /** A fresh secret for one run of the embedded store: 256 random bits, never written to disk. */
  public static StoreCredentials random(String user) {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return new StoreCredentials(user, Base64.getUrlEncoder().withoutPadding().encodeToString(b));
  }

  /** The value of the {@code Authorization} header. */
  public String authorization() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Never prints the password (logs, exceptions, /health). */
  @Override
  public String toString() {
    return "StoreCredentials[user=" + user + ", password=***]";
  }
}
