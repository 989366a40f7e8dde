package io.plantaris.progression;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.BlindStance;
import io.plantaris.insole.Side;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.registry.Clinician;
import io.plantaris.registry.Insole;
import io.plantaris.registry.JsonFileRegistry;
import io.plantaris.registry.Patient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service that stops or crashes mid-session carries the same session on when it starts again. */
class SessionResumeTest {
  @TempDir Path dir;

  @Test
  void aRestartMidSessionContinuesTheSameSessionAndItsSetNumbers() {
    JsonFileRegistry registry = new JsonFileRegistry(dir.resolve("registry.json"));
    registry.addClinician(new Clinician("c1", "Dr One"));
    registry.addPatient(new Patient("p1", "Patient One", List.of("c1")));
    registry.addInsole(new Insole("PL-7-L", "p1", Side.LEFT));
    var t0 = LiveProgrammeTest.T0;
    registry.addPrescription(
        PrescriptionVersion.rathleff("p1", t0.minus(Duration.ofDays(1)), "c1"));
    Path open = dir.resolve("open-sessions");
    LiveProgrammeTest.TurnedClock clock = new LiveProgrammeTest.TurnedClock();
    long start = LiveProgrammeTest.T0_MICROS;

    LiveProgramme before = new LiveProgramme(LiveProgrammeConfig.defaults(), registry, null, clock);
    before.keepOpenSessionsIn(open);
    LiveEvents.set(before, "PL-7-L", 1, 12, start);
    LiveEvents.blind(
        before, "PL-7-L", start + 100_000_000L, start + 140_000_000L, BlindStance.Reason.STEP_EDGE);
    assertThat(before.setsDone("p1")).isEqualTo(1);
    before.close(); // no end() on a crash either: the file is written after every event
    assertThat(registry.decisions("p1")).as("stopping decides nothing").isEmpty();

    clock.advance(Duration.ofMinutes(4));
    LiveProgramme after = new LiveProgramme(LiveProgrammeConfig.defaults(), registry, null, clock);
    after.keepOpenSessionsIn(open);
    assertThat(after.setsDone("p1")).as("the analysis numbers the next set 2").isEqualTo(1);
    LiveEvents.set(after, "PL-7-L", 2, 12, start + 3 * 60_000_000L);
    Decision d = after.endSession("p1").orElseThrow();

    assertThat(d.sessionId()).isEqualTo("p1-" + start);
    assertThat(registry.sessions("p1")).hasSize(1);
    assertThat(registry.sessions("p1").get(0).sets()).hasSize(2);
    assertThat(registry.sessions("p1").get(0).totalReps()).isEqualTo(24);
    assertThat(registry.sessions("p1").get(0).unseenMillis())
        .as("what the insole could not see before the restart is kept")
        .isEqualTo(40_000);
    assertThat(d.ruleId()).isEqualTo("KEEP_UNSEEN");
    assertThat(after.setsDone("p1")).isZero();
    assertThat(open.resolve("p1.json")).as("an ended session is not carried on").doesNotExist();
  }
}
