package io.plantaris.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.analysis.BlindStance;
import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepSide;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.insole.Side;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.JsonFileRegistry;
import io.plantaris.registry.Patient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a live session ends, on a clock the test turns: nobody waits two hours. */
class LiveProgrammeTest {
  static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
  static final long T0_MICROS = T0.getEpochSecond() * 1_000_000L;
  static final long MINUTE_MICROS = 60_000_000L;

  @TempDir Path dir;
  JsonFileRegistry registry;
  TurnedClock clock = new TurnedClock();
  LiveProgramme programme;

  /** A clock that only moves when told to. */
  static final class TurnedClock extends Clock {
    Instant now = T0;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @BeforeEach
  void patientWithInsole() {
    registry = new JsonFileRegistry(dir.resolve("registry.json"));
    registry.addClinician(new Clinician("c1", "Dr One"));
    registry.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    registry.addInsole(new Insole("PL-7-L", "p1", Side.LEFT));
    registry.addPrescription(
        PrescriptionVersion.rathleff("p1", T0.minus(Duration.ofDays(1)), "c1"));
    programme = new LiveProgramme(LiveProgrammeConfig.defaults(), registry, null, clock);
  }

  /** Three sets of 12, three minutes apart, the clock following the events. */
  private long threeSets(long startMicros) {
    long end = 0;
    for (int s = 1; s <= 3; s++) {
      clock.advance(Duration.ofMinutes(s == 1 ? 0 : 3));
      end = LiveEvents.set(programme, "PL-7-L", s, 12, startMicros + (s - 1) * 3 * MINUTE_MICROS);
    }
    return end;
  }

  @Test
  void aSessionEndsWhenTheGapElapsesWithNothingNew() {
    threeSets(T0_MICROS);
    clock.advance(Duration.ofMinutes(119));
    assertThat(programme.endIdleSessions()).as("1 h 59 min after the last set").isEmpty();
    assertThat(registry.decisions("p1")).isEmpty();

    clock.advance(Duration.ofMinutes(2));
    List<Decision> ended = programme.endIdleSessions();

    assertThat(ended).hasSize(1);
    Decision d = ended.get(0);
    assertThat(d.sessionId()).isEqualTo("p1-" + T0_MICROS);
    assertThat(d.decidedAt()).isEqualTo(clock.now);
    assertThat(d.reasons().get(0)).contains("no pain score");
    assertThat(registry.decisions("p1")).containsExactly(d);
    SessionOutcome s = registry.sessions("p1").get(0);
    assertThat(s.sets()).hasSize(3);
    assertThat(s.totalReps()).isEqualTo(36);
    assertThat(s.at()).isEqualTo(T0.plus(Duration.ofMinutes(6)).plusSeconds(96).minusNanos(1000));
    assertThat(programme.endIdleSessions()).as("nothing left to end").isEmpty();
  }

  @Test
  void aSessionTheInsoleCouldNotSeeKeepsTheLoadAndSaysWhy() {
    // set 1 seen whole; in set 2 the heel hung over a step edge and the insole saw 2 reps of 12,
    // saying for 80 s that it could not see (twice, the second time overlapping the first by 10 s)
    LiveEvents.set(programme, "PL-7-L", 1, 12, T0_MICROS);
    long set2 = T0_MICROS + 3 * MINUTE_MICROS;
    LiveEvents.blind(programme, "PL-7-L", set2, set2 + 50_000_000L, BlindStance.Reason.EDGE_UNSEEN);
    LiveEvents.blind(
        programme,
        "PL-7-L",
        set2 + 40_000_000L,
        set2 + 80_000_000L,
        BlindStance.Reason.EDGE_UNSEEN);
    LiveEvents.set(programme, "PL-7-L", 2, 2, set2 + 81_000_000L);

    Decision d = programme.endSession("p1").orElseThrow();

    assertThat(d.ruleId()).isEqualTo("KEEP_UNSEEN");
    assertThat(d.proposed().action()).isEqualTo(io.plantaris.programme.Action.KEEP);
    assertThat(d.reasons().get(0))
        .contains("could not see the heel raises for 80 s of the session")
        .contains("step edge")
        .contains("keep body weight");
    SessionOutcome s = registry.sessions("p1").get(0);
    assertThat(s.unseenMillis()).isEqualTo(80_000);
    assertThat(s.unseenReason()).isEqualTo(BlindStance.Reason.EDGE_UNSEEN);
    assertThat(s.totalReps()).isEqualTo(14);
  }

  @Test
  void aSessionOfNothingButWhatTheInsoleCouldNotSeeDecidesNothing() {
    // on the step edge from the start, no rep seen: nothing to judge, and no error either
    LiveEvents.blind(
        programme, "PL-7-L", T0_MICROS, T0_MICROS + 90_000_000L, BlindStance.Reason.STEP_EDGE);

    assertThatThrownBy(() -> programme.endSession("p1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the insole could not see a heel raise for 90 s of the session of p1 and counted"
                + " none: nothing to decide on");
    assertThat(registry.decisions("p1")).isEmpty();
    assertThat(registry.sessions("p1")).isEmpty();
    assertThat(programme.endSession("p1")).as("the session is closed").isEmpty();
  }

  @Test
  void aSetLongAfterTheLastEndsTheSessionBeforeIt() {
    long end = threeSets(T0_MICROS);
    long later = end + 121 * MINUTE_MICROS;
    LiveEvents.set(programme, "PL-7-L", 4, 12, later);

    assertThat(registry.sessions("p1")).extracting(SessionOutcome::totalReps).containsExactly(36);
    assertThat(registry.decisions("p1")).hasSize(1);
    Decision second = programme.endSession("p1").orElseThrow();
    assertThat(second.sessionId()).isEqualTo("p1-" + later);
    assertThat(registry.sessions("p1").get(1).sets()).hasSize(1);
  }

  @Test
  void imDoneEndsTheSessionAtOnceAndOnlyOnce() {
    threeSets(T0_MICROS);
    Decision d = programme.endSession("p1").orElseThrow();
    assertThat(d.id()).isEqualTo("d-p1-" + T0_MICROS + "-s");
    assertThat(programme.endSession("p1")).isEmpty();
    assertThat(programme.decisions("p1")).containsExactly(d);
  }

  @Test
  void imDoneDuringASetKeepsTheSessionOpenUntilTheSetEnds() {
    RepEvent e =
        new RepEvent(
            1,
            1,
            RepSide.LEFT,
            T0_MICROS,
            T0_MICROS + 3_000_000,
            T0_MICROS + 5_000_000,
            T0_MICROS + 7_999_999,
            40,
            Double.NaN,
            0.8,
            0.95,
            Set.of());
    programme.onRep(new RepVerdict("PL-7", List.of("PL-7-L"), e, 1000));
    assertThatThrownBy(() -> programme.endSession("p1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the session of p1 has a set still running (1 rep(s) so far); try again when the set"
                + " has ended");
    LiveEvents.set(programme, "PL-7-L", 1, 12, T0_MICROS + 8_000_000);
    Decision d = programme.endSession("p1").orElseThrow();
    assertThat(d.sessionId()).isEqualTo("p1-" + T0_MICROS);
    assertThat(d.reasons().get(0)).contains("no pain score");
  }

  @Test
  void devicesUnknownToTheRegistryAreIgnoredAndShutdownDecidesOnOpenSessions() {
    LiveEvents.set(programme, "PL-9-R", 1, 12, T0_MICROS);
    threeSets(T0_MICROS);
    programme.close();
    assertThat(registry.decisions("p1")).hasSize(1);
    assertThat(registry.sessions("p1").get(0).totalReps()).isEqualTo(36);
  }

  @Test
  void aReviewNeedsAKnownDecisionStillProposed() {
    threeSets(T0_MICROS);
    Decision d = programme.endSession("p1").orElseThrow();
    clock.advance(Duration.ofHours(3));
    assertThatThrownBy(() -> programme.review("p1", "d-nope", "c1", null, ""))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no decision d-nope for patient p1");
    Decision accepted = programme.review("p1", d.id(), "c1", null, "fine");
    assertThat(accepted.review().at()).isEqualTo(clock.now);
    assertThatThrownBy(() -> programme.review("p1", d.id(), "c1", null, ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("decision " + d.id() + " was already accepted");
    assertThat(programme.decisions("p1")).containsExactly(accepted);
  }
}
