package io.plantaris.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepSide;
import io.plantaris.ingest.RepVerdict;
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
                PainReport.Kind.NEXT_MORNING,
                4,
                Instant.parse("2025-03-01T07:30:00.123456789Z")));
    assertThat(line).isEqualTo("pl_pain,kind=NEXT_MORNING,patient=bob score=4i 1740814200123456");
  }

  @Test
  void devicesJoinSortedSoThePairAlwaysGivesOneTagValue() {
    assertThat(SessionRecorder.device(java.util.List.of("X-R", "X-L"))).isEqualTo("X-L+X-R");
    assertThat(SessionRecorder.device(java.util.List.of("X-L", "X-R"))).isEqualTo("X-L+X-R");
  }
}
