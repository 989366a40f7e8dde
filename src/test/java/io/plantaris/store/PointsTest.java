package io.plantaris.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepSide;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PointsTest {
  private static String key(String line) {
    // measurement+tags, and the timestamp: the point's identity in InfluxDB
    int sp = line.indexOf(' ');
    return line.substring(0, sp) + "@" + line.substring(line.lastIndexOf(' ') + 1);
  }

  @Test
  void aRepsIdentityIsItsPatientDeviceSideAndUpStartMicros() {
    RepVerdict v = Events.rep("alice", RepSide.LEFT, 2, 5, 1_700_000_000_123_456L);
    String line =
        Points.rep(new StoredRep("alice", "alice-L+alice-R", 1_699_999_000_000_000L, v.rep()));
    assertThat(key(line))
        .isEqualTo(
            "pl_rep,device=alice-L+alice-R,exercise=heel_raise,patient=alice,side=LEFT"
                + "@1700000000123456");
    // set/rep index and session start are fields, never tags
    assertThat(line)
        .contains("set_index=2i")
        .contains("rep_index=5i")
        .contains("session_start_us=1699999000000000i")
        .contains("flags=\"TOO_FAST_UP\"")
        .contains("valid=false");
    // no IMU height: left out (line protocol has no NaN), read back as NaN
    assertThat(line).doesNotContain("peak_height_mm").doesNotContain("NaN");
  }

  @Test
  void theSameRepGivesTheSameLineAndTheOtherFootAnotherIdentity() {
    long t = 1_700_000_000_000_000L;
    StoredRep left = new StoredRep("a", "d", t, Events.rep("a", RepSide.LEFT, 1, 1, t).rep());
    StoredRep right = new StoredRep("a", "d", t, Events.rep("a", RepSide.RIGHT, 1, 1, t).rep());
    assertThat(Points.rep(left)).isEqualTo(Points.rep(left));
    assertThat(key(Points.rep(left))).isNotEqualTo(key(Points.rep(right)));
  }

  @Test
  void painReportsKeepTheirMicrosecondAndKind() {
    String line =
        Points.pain(
            new PainReport(
                "bob",
                PainKind.NEXT_MORNING,
                4,
                Instant.parse("2025-03-01T07:30:00.123456789Z"),
                ""));
    assertThat(line).isEqualTo("pl_pain,kind=NEXT_MORNING,patient=bob score=4i 1740814200123456");
  }

  @Test
  void devicesJoinSortedSoThePairAlwaysGivesOneTagValue() {
    assertThat(SessionRecorder.device(java.util.List.of("X-R", "X-L"))).isEqualTo("X-L+X-R");
    assertThat(SessionRecorder.device(java.util.List.of("X-L", "X-R"))).isEqualTo("X-L+X-R");
  }

  @Test
  void aDecisionAndItsReviewAreTwoPointsAtTheDecisionTimeAndAResendIsTheSameLine() {
    Instant at = Instant.parse("2025-03-05T18:00:00.000001Z");
    Decision d = Events.decision("alice", at);
    Decision o =
        d.override("c1", at.plusSeconds(3600), new Change(Action.REDUCE_LOAD, -2), "sore \"heel\"");
    String proposed = Points.decision(d);
    String review = Points.decision(o);
    assertThat(key(proposed))
        .isEqualTo("pl_decision,patient=alice,status=PROPOSED@1741197600000001");
    assertThat(key(review))
        .isEqualTo("pl_decision,patient=alice,status=OVERRIDDEN@1741197600000001");
    assertThat(proposed)
        .contains("decision_id=\"d-alice-1-s\"")
        .contains("rule_id=\"ADD_LOAD\"")
        .contains("action=\"INCREASE_LOAD\"")
        .contains("load_change_kg=2.5")
        .doesNotContain("clinician");
    assertThat(review)
        .contains("replacement_action=\"REDUCE_LOAD\"")
        .contains("note=\"sore \\\"heel\\\"\"")
        .contains("reviewed_at_us=1741201200000001i");
    assertThat(Points.decision(o)).isEqualTo(review);
    assertThat(DecisionRows.reasons(DecisionRows.reasonsText(d.reasons()))).isEqualTo(d.reasons());
  }

  @Test
  void freeTextNeverSplitsThePointAndATagCannotEscapeItsSeparator() {
    String line =
        Points.pain(
            new PainReport(
                "p1",
                PainKind.DURING,
                3,
                Instant.parse("2025-03-03T10:00:00Z"),
                "one\ntwo\r\tthree \"q\" back\\"));
    assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\t");
    // the client escapes the quotes and the backslash; the control characters became spaces
    assertThat(line).contains("note=\"one two  three \\\"q\\\" back\\\\\"");
    assertThat(LineText.tag("dev\\")).isEqualTo("dev/");
    assertThat(LineText.tag("a\nb")).isEqualTo("a_b");
    assertThat(new StoreCredentials("plantaris", "s3cret").toString()).doesNotContain("s3cret");
  }
}
