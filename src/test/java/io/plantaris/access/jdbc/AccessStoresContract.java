package io.plantaris.access.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.access.WebSession;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Patient;
import io.plantaris.registry.jdbc.Database;
import io.plantaris.registry.jdbc.JdbcProgrammeRepository;
import io.plantaris.registry.jdbc.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The access stores on a real database, as two replicas see it: two pools on one database (and a
 * third opened after the first two closed, as after a restart). Run on H2 and on PostgreSQL.
 */
public abstract class AccessStoresContract {
  static final String HASH = "$argon2id$v=19$m=1,t=1,p=1$AA$AA";
  final AtomicLong clock = new AtomicLong(1_800_000_000_000L);
  final List<JdbcProgrammeRepository> open = new ArrayList<>();
  Database a;
  Database b;
  User ann = new User("ann", Role.PATIENT, "p1", HASH);

  /** A new empty database for this test; {@link #reopen} opens more pools on it. */
  protected abstract void freshDatabase();

  /** A new pool on this test's database, as another replica or a restarted service opens it. */
  protected abstract JdbcProgrammeRepository reopen();

  @BeforeEach
  void twoReplicas() {
    freshDatabase();
    JdbcProgrammeRepository r = keep(reopen());
    r.addClinician(new Clinician("c1", "Dr One"));
    r.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    a = r.database();
    b = keep(reopen()).database();
    new JdbcUserStore(a).add(ann);
  }

  @AfterEach
  void closeAll() {
    open.forEach(JdbcProgrammeRepository::close);
  }

  JdbcProgrammeRepository keep(JdbcProgrammeRepository r) {
    open.add(r);
    return r;
  }

  JdbcSessionStore sessions(Database db) {
    return new JdbcSessionStore(db, clock::get);
  }

  @Test
  void aSessionOpenedOnOneReplicaIsValidOnTheOtherAndALogoutEndsItOnBoth() {
    WebSession s = sessions(a).open(ann);
    assertThat(sessions(b).find(s.token())).map(WebSession::user).contains(ann);
    assertThat(sessions(b).find(s.token())).map(WebSession::csrfToken).contains(s.csrfToken());
    assertThat(sessions(b).count()).isEqualTo(1);
    sessions(b).close(s.token());
    assertThat(sessions(a).find(s.token())).isEmpty();
    assertThat(sessions(a).isOpen(s.token())).isFalse();
  }

  @Test
  void aSessionOutlivesARestartOfEveryReplica() {
    WebSession s = sessions(a).open(ann);
    closeAll();
    open.clear();
    Database restarted = keep(reopen()).database();
    assertThat(sessions(restarted).find(s.token())).isPresent();
    assertThat(sessions(restarted).find("forged")).isEmpty();
  }

  @Test
  void onlyTheSha256OfTheCookieIsStored() {
    WebSession s = sessions(a).open(ann);
    List<String> stored =
        a.transaction(
            c -> Sql.query(c, "SELECT token_sha256 FROM web_session", r -> r.getString(1)));
    assertThat(stored).containsExactly(JdbcSessionStore.sha256(s.token()));
    assertThat(stored.get(0)).hasSize(64).isNotEqualTo(s.token());
  }

  @Test
  void useExtendsTheIdleDeadlineButWritesItOnlyWhenItLagsAMinute() {
    JdbcSessionStore store = sessions(a);
    WebSession s = store.open(ann);
    long opened = storedExpiry();
    clock.addAndGet(30_000);
    assertThat(store.find(s.token()))
        .map(WebSession::expiresAtMillis)
        .contains(clock.get() + 1_800_000);
    assertThat(storedExpiry()).isEqualTo(opened); // 30 s behind: not written
    clock.addAndGet(31_000);
    store.find(s.token());
    assertThat(storedExpiry()).isEqualTo(clock.get() + 1_800_000); // 61 s behind: written
    for (int i = 0; i < 40; i++) { // 40 min of a request every minute: still logged in
      clock.addAndGet(60_000);
      assertThat(sessions(b).find(s.token())).isPresent();
    }
    clock.addAndGet(1_800_001);
    assertThat(store.find(s.token())).isEmpty(); // half an hour idle: ended
  }

  @Test
  void aSessionEndsTwelveHoursAfterTheLoginHoweverBusy() {
    WebSession s = sessions(a).open(ann);
    for (int i = 0; i < 12 * 3 - 1; i++) {
      clock.addAndGet(20 * 60_000L);
      assertThat(sessions(i % 2 == 0 ? a : b).find(s.token())).isPresent();
    }
    clock.addAndGet(20 * 60_000L + 1);
    assertThat(sessions(a).find(s.token())).isEmpty();
  }

  @Test
  void theEleventhLoginEndsTheOldestAndAChangedPasswordOrARemovalEndsAll() {
    WebSession first = sessions(a).open(ann);
    for (int i = 0; i < 10; i++) {
      clock.addAndGet(1);
      sessions(i % 2 == 0 ? a : b).open(ann);
    }
    assertThat(sessions(b).find(first.token())).isEmpty();
    assertThat(sessions(b).count()).isEqualTo(10);
    new JdbcUserStore(b).update("ann", u -> u.withPasswordHash(HASH + "B"));
    assertThat(sessions(a).count()).isZero();
    WebSession again = sessions(a).open(new JdbcUserStore(a).find("ann").orElseThrow());
    assertThat(new JdbcUserStore(b).remove("ann")).isTrue();
    assertThat(sessions(a).find(again.token())).isEmpty();
    assertThat(new JdbcUserStore(a).find("ann")).isEmpty();
  }

  @Test
  void aUserMustStandForAPatientOrClinicianOfTheDatabase() {
    JdbcUserStore users = new JdbcUserStore(a);
    assertThatThrownBy(() -> users.add(ann)).hasMessage("user 'ann' already exists");
    assertThatThrownBy(() -> users.add(new User("zed", Role.PATIENT, "p9", HASH)))
        .hasMessage("user 'zed' stands for patient p9, who is not in the database");
    users.add(new User("cara", Role.CLINICIAN, "c1", HASH));
    users.add(new User("root", Role.ADMIN, null, HASH));
    assertThat(new JdbcUserStore(b).all())
        .extracting(User::id)
        .containsExactly("ann", "cara", "root");
  }

  @Test
  void failedLoginsCountOverBothReplicas() {
    JdbcLoginLimiter la = new JdbcLoginLimiter(a, clock::get);
    JdbcLoginLimiter lb = new JdbcLoginLimiter(b, clock::get);
    for (int i = 0; i < 5; i++) {
      assertThat((i % 2 == 0 ? lb : la).retryAfterSeconds("ann", "10.0.0.1")).isZero();
      (i % 2 == 0 ? la : lb).failed("ann", "10.0.0.1");
      clock.addAndGet(1_000);
    }
    assertThat(la.retryAfterSeconds("ann", "10.0.0.1")).isEqualTo(55);
    assertThat(lb.retryAfterSeconds("ann", "10.0.0.1")).isEqualTo(55);
    assertThat(lb.retryAfterSeconds("ann", "10.0.0.2")).isZero();
    assertThat(lb.retryAfterSeconds("bob", "10.0.0.1")).isZero();
    clock.addAndGet(55_000);
    assertThat(la.retryAfterSeconds("ann", "10.0.0.1")).isZero();
    // spraying: 20 names from one address stop the 21st, whichever replica it reaches
    for (int i = 0; i < 20; i++) {
      (i % 2 == 0 ? la : lb).failed("name" + i, "10.9.9.9");
    }
    assertThat(la.retryAfterSeconds("someone-else", "10.9.9.9")).isPositive();
    assertThat(lb.addressLimited("10.9.9.9")).isTrue();
    lb.succeeded("name0", "10.9.9.9"); // a success clears the name, not the address
    assertThat(la.addressLimited("10.9.9.9")).isTrue();
    clock.addAndGet(60_001);
    assertThat(la.addressLimited("10.9.9.9")).isFalse();
  }

  @Test
  void aTotpCodeWorksOnceOnAnyReplica() {
    assertThat(new JdbcUserStore(a).acceptTotpStep("ann", 100)).isTrue();
    assertThat(new JdbcUserStore(b).acceptTotpStep("ann", 100)).isFalse();
    assertThat(new JdbcUserStore(b).acceptTotpStep("ann", 99)).isFalse();
    assertThat(new JdbcUserStore(b).acceptTotpStep("ann", 101)).isTrue();
  }

  @Test
  void theAuditLogKeepsEveryReplicasEntriesAndRefusesUpdateAndDelete() {
    new JdbcAuditLog(a, 10, clock::get).record("ann", "patient", "read", "p1", "trends", "allowed");
    new JdbcAuditLog(b, 10, clock::get).record("cara", "clinician", "read", "p1", "x y", "allowed");
    JdbcAuditLog log = new JdbcAuditLog(a);
    assertThat(log.size()).isEqualTo(2);
    assertThat(log.last(1).get(0).line()).contains("user=cara").contains("what=x_y");
    assertThatThrownBy(
            () -> a.transaction(c -> Sql.update(c, "UPDATE audit_event SET outcome = 'x'")))
        .hasMessageContaining("audit_event is append-only: UPDATE refused");
    assertThatThrownBy(() -> b.transaction(c -> Sql.update(c, "DELETE FROM audit_event")))
        .hasMessageContaining("audit_event is append-only: DELETE refused");
    assertThat(log.last(10)).extracting(e -> e.outcome()).containsExactly("allowed", "allowed");
  }

  @Test
  void anOverviewsReadsAreOneEntryPerPatientInOrder() {
    JdbcAuditLog log = new JdbcAuditLog(a, 10, clock::get);
    log.record("cara", "clinician", "login", null, "/login", "allowed");
    log.recordAllowed(
        "cara", "clinician", "read", List.of("p1", "p2", "p3"), "/api/clinician/overview");
    assertThat(new JdbcAuditLog(b).last(10))
        .extracting(e -> e.patientId() + " " + e.action() + " " + e.outcome())
        .containsExactly(
            "null login allowed", "p1 read allowed", "p2 read allowed", "p3 read allowed");
  }

  @Test
  void theAuditTableCannotBeTruncated() {
    new JdbcAuditLog(a).record("ann", "patient", "read", "p1", "trends", "allowed");
    // PostgreSQL: the trigger raises; H2 runs no trigger on TRUNCATE but refuses a referenced table
    assertThatThrownBy(() -> a.transaction(c -> Sql.update(c, "TRUNCATE TABLE audit_event")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(new JdbcAuditLog(b).size()).isEqualTo(1);
  }

  @Test
  void aFloodOfOneRefusalIsCollapsedToTenEntriesASecondAndACount() {
    JdbcAuditLog log = new JdbcAuditLog(a, 10, clock::get);
    for (int i = 0; i < 1_000; i++) {
      log.record(null, null, "login", null, "10.0.0.1", "denied: wrong user or password");
    }
    clock.addAndGet(1_000);
    log.record("ann", "patient", "read", "p1", "trends", "allowed");
    assertThat(log.size()).isEqualTo(12);
    assertThat(log.collapsedLines()).isEqualTo(990);
    assertThat(log.last(2).get(0).outcome()).startsWith("990 more lines like this since ");
  }

  private long storedExpiry() {
    return a.transaction(
            c -> Sql.query(c, "SELECT expires_at_millis FROM web_session", r -> r.getLong(1)))
        .get(0);
  }
}
