package io.plantaris.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be (OWASP ASVS 2.1): at least {@link #MIN_LENGTH} characters, at most
 * {@link #MAX_LENGTH}, not one character repeated, not the user's own name, and not in the packaged
 * list of common and breached passwords (checked offline, also with the usual digits and symbols
 * around a listed word stripped, so "Password2024!" is refused like "password").
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;
  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /** Empty when {@code password} may be set for {@code userId}, else why not. */
  public static Optional<String> refusal(String userId, char[] password) {
    String p = new String(password);
    if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
      return Optional.of("password must have at least " + MIN_LENGTH + " characters");
    }
    if (p.length() > MAX_LENGTH) {
      return Optional.of("password must have at most " + MAX_LENGTH + " characters");
    }
    if (p.chars().distinct().count() < 3) {
      return Optional.of("password must not be one or two characters repeated");
    }
    String lower = p.toLowerCase(Locale.ROOT);
    String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
    if (COMMON.contains(lower) || COMMON.contains(core) || COMMON.contains(core.replace(" ", ""))) {
      return Optional.of("password is in the list of common or breached passwords: choose another");
    }
    if (userId != null && userId.length() >= 3 && lower.contains(userId.toLowerCase(Locale.ROOT))) {
      return Optional.of("password must not contain the user name");
    }
    return Optional.empty();
  }

  /** Throws with the reason when {@code password} may not be set. */
  public static void require(String userId, char[] password) {
    refusal(userId, password)
        .ifPresent(
            r -> {
              throw new IllegalArgumentException(r);
            });
  }

  private static Set<String> load() {
    try (InputStream in =
        PasswordPolicy.class.getResourceAsStream("/access/common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("the common-password list is missing from the jar");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(String::strip)
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
