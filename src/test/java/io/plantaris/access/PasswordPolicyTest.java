package io.plantaris.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password policy against the passwords the attack got through, and good ones. */
class PasswordPolicyTest {
  static String why(String user, String password) {
    return PasswordPolicy.refusal(user, password.toCharArray()).orElse("ok");
  }

  @Test
  void shortCommonAndPatternedPasswordsAreRefusedWithTheReason() {
    assertThat(why("ann", "password")).isEqualTo("password must have at least 12 characters");
    assertThat(why("ann", "12345678")).isEqualTo("password must have at least 12 characters");
    assertThat(why("ann", "123456789012")).contains("common or breached");
    assertThat(why("ann", "Password2024!")).contains("common or breached");
    assertThat(why("ann", "qwertyuiop12")).contains("common or breached");
    assertThat(why("ann", "Correct Horse Battery Staple")).contains("common or breached");
    assertThat(why("ann", "abababababab")).contains("one or two characters repeated");
    assertThat(why("annabelle", "annabelle-2026-x"))
        .isEqualTo("password must not contain the user name");
    assertThat(why("ann", "x".repeat(257))).contains("at most 256");
  }

  @Test
  void longUncommonPasswordsPass() {
    assertThat(why("ann", "correct horse battery")).isEqualTo("ok");
    assertThat(why("cara", "tangerine-otter-57-lamp")).isEqualTo("ok");
  }
}
