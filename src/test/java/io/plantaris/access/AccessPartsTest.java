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
    MemoryLoginLimiter l = new MemoryLoginLimiter(clock::get, 5, 60_000);
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
    SessionStore s = new MemorySessionStore(clock::get, 1_000);
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

  @Test
  void aSessionEndsTwelveHoursAfterTheLoginHoweverBusy() {
    SessionStore s =
        new MemorySessionStore(
            clock::get,
            SessionStore.DEFAULT_IDLE_MILLIS,
            SessionStore.DEFAULT_LIFETIME_MILLIS,
            SessionStore.DEFAULT_MAX_PER_USER);
    User u = new User("ann", Role.PATIENT, "p1", "$argon2id$v=19$m=1,t=1,p=1$AA$AA");
    WebSession w = s.open(u);
    for (int i = 0; i < 12 * 3 - 1; i++) { // a request every 20 minutes for 11 h 40 min
      clock.addAndGet(20 * 60_000L);
      assertThat(s.find(w.token())).isPresent();
    }
    clock.addAndGet(20 * 60_000L + 1);
    assertThat(s.find(w.token())).isEmpty();
    WebSession idle = s.open(u);
    clock.addAndGet(30 * 60_000L + 1);
    assertThat(s.find(idle.token())).isEmpty();
  }

  @Test
  void theEleventhLoginOfOneUserEndsTheOldestAndRemovingTheUserEndsAll() {
    SessionStore s = new MemorySessionStore(clock::get, 60_000, 3_600_000, 10);
    User u = new User("ann", Role.PATIENT, "p1", "$argon2id$v=19$m=1,t=1,p=1$AA$AA");
    WebSession first = s.open(u);
    for (int i = 0; i < 10; i++) {
      clock.addAndGet(1);
      s.open(u);
    }
    assertThat(s.find(first.token())).isEmpty();
    assertThat(s.count()).isEqualTo(10);
    assertThat(s.closeUser("ann")).isEqualTo(10);
    assertThat(s.count()).isZero();
  }

  @Test
  void aFloodOfLongNamesKeepsTheLimiterBoundedAndSprayingIsThrottledPerAddress() {
    MemoryLoginLimiter l = new MemoryLoginLimiter(clock::get, 5, 20, 60_000);
    String longName = "x".repeat(90);
    for (int i = 0; i < 50_000; i++) {
      l.failed(longName + i, "10.0.0." + (i % 250));
    }
    assertThat(l.entries()).isLessThanOrEqualTo(2L * MemoryLoginLimiter.MAX_ENTRIES);
    // one address guessing one password over 20 names is stopped at the 21st, for any name
    for (int i = 0; i < 20; i++) {
      assertThat(l.retryAfterSeconds("name" + i, "10.9.9.9")).isZero();
      l.failed("name" + i, "10.9.9.9");
    }
    assertThat(l.retryAfterSeconds("someone-else", "10.9.9.9")).isPositive();
    assertThat(l.addressLimited("10.9.9.9")).isTrue();
    assertThat(l.retryAfterSeconds("someone-else", "10.9.9.8")).isZero();
    clock.addAndGet(60_001);
    assertThat(l.retryAfterSeconds("someone-else", "10.9.9.9")).isZero();
    assertThat(l.entries()).isZero(); // forgotten a window after the last failure
  }
}
