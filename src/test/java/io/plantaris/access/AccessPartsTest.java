package io.plantaris.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The login limiter's window, the password hashes and the sessions' idle expiry. */
class AccessPartsTest {
  final AtomicLong clock = new AtomicLong(1_000_000);

  @Test
  void theSixthAttemptWithinAMinuteWaitsUntilTheOldestFailureIsAMinuteOld() {
    LoginLimiter l = new LoginLimiter(clock::get, 5, 60_000);
    for (int i = 0; i < 5; i++) {
      assertThat(l.retryAfterSeconds("ann", "10.0.0.1")).isZero();
      l.failed("ann", "10.0.0.1");
      clock.addAndGet(1_000);
    }
    assertThat(l.retryAfterSeconds("ann", "10.0.0.1")).isEqualTo(55);
    assertThat(l.retryAfterSeconds("ann", "10.0.0.2")).isZero();
    assertThat(l.retryAfterSeconds("bob", "10.0.0.1")).isZero();
    clock.addAndGet(55_000);
    assertThat(l.retryAfterSeconds("ann", "10.0.0.1")).isZero();
  }

  @Test
  void aHashVerifiesOnlyItsOwnPasswordAndNeverContainsIt() {
    PasswordHasher h = new PasswordHasher(1024, 1);
    String hash = h.hash("a long password".toCharArray());
    assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").doesNotContain("long");
    assertThat(h.verify("a long password".toCharArray(), hash)).isTrue();
    assertThat(h.verify("a long passwore".toCharArray(), hash)).isFalse();
    assertThat(h.hash("a long password".toCharArray())).isNotEqualTo(hash); // salted
    assertThat(h.verify("decoy password".toCharArray(), null)).isFalse();
    assertThatThrownBy(() -> h.hash("short".toCharArray()))
        .hasMessage("password must have at least 8 characters");
  }

  @Test
  void aSessionEndsAfterItsIdleTimeAndUseExtendsIt() {
    SessionStore s = new SessionStore(clock::get, 1_000);
    User u = new User("ann", Role.PATIENT, "p1", "$argon2id$v=19$m=1,t=1,p=1$AA$AA");
    WebSession w = s.open(u);
    assertThat(w.csrfToken()).isNotEqualTo(w.token()).hasSize(43);
    clock.addAndGet(900);
    assertThat(s.find(w.token())).isPresent();
    clock.addAndGet(900);
    assertThat(s.find(w.token())).isPresent();
    clock.addAndGet(1_001);
    assertThat(s.find(w.token())).isEmpty();
    assertThat(s.find("forged")).isEmpty();
  }
}
