package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.analysis.RepSide;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttentionTest {
  static final Instant NOW = Instant.parse("2026-03-30T12:00:00Z");

  static long micros(Instant t) {
    return ClinicianHistory.micros(t);
  }

  static StoredSession session(int daysAgo) {
    long s = micros(NOW.minus(Duration.ofDays(daysAgo)));
    return new StoredSession("p1", s, s + 300_000_000L, 3, 36, 30, 280_000);
  }

  /** Sessions every {@code every} days from {@code first} days ago to {@code last} days ago. */
  static List<StoredSession> sessions(int first, int last, int every) {
    List<StoredSession> out = new ArrayList<>();
    for (int d = first; d >= last; d -= every) {
      out.add(session(d));
    }
    return out;
  }

  /** {@code n} reps {@code daysAgo} days back, the first {@code heel} of them heel-loaded. */
  static List<StoredRep> reps(int daysAgo, int n, int heel) {
    List<StoredRep> out = new ArrayList<>();
    long t = micros(NOW.minus(Duration.ofDays(daysAgo)));
    for (int i = 0; i < n; i++) {
      var flags = i < heel ? EnumSet.of(RepFlag.HEEL_SLAM) : EnumSet.noneOf(RepFlag.class);
      long u = t + i * 9_000_000L;
      RepEvent e =
          new RepEvent(
              1,
              i + 1,
              RepSide.LEFT,
              u,
              u + 3_000_000,
              u + 5_000_000,
              u + 8_000_000,
              40,
              80,
              0.8,
              1,
              flags);
      out.add(new StoredRep("p1", "d", t, e));
    }
    return out;
  }

  static Pain pain(int daysAgo, int score) {
    return new Pain(NOW.minus(Duration.ofDays(daysAgo)), "during", score);
  }

  @Test
  void aSteadyPatientNeedsNothing() {
    Attention a =
        Attention.of(
            NOW,
            2,
            null,
            sessions(27, 1, 2),
            reps(20, 40, 2),
            List.of(pain(20, 2), pain(3, 2)),
            List.of());
    assertThat(a.sessionsDone()).isEqualTo(14);
    assertThat(a.sessionsPrescribed()).isEqualTo(14);
    assertThat(a.reasons()).isEmpty();
    assertThat(a.lastSession()).isEqualTo(NOW.minus(Duration.ofDays(1)));
  }

  @Test
  void painRisingByOnePointIsSaidAndByLessIsNot() {
    var s = sessions(27, 1, 2);
    assertThat(
            Attention.of(NOW, 2, null, s, List.of(), List.of(pain(20, 2), pain(3, 3)), List.of())
                .reasons())
        .containsExactly(
            "pain during exercise rising: 2.0 to 3.0 of 10 (the two weeks before vs the last two)");
    assertThat(
            Attention.of(
                    NOW,
                    2,
                    null,
                    s,
                    List.of(),
                    List.of(pain(20, 2), pain(18, 3), pain(3, 3)),
                    List.of())
                .reasons())
        .as("2.5 to 3.0 is not rising enough")
        .isEmpty();
  }

  @Test
  void heelLoadingRisingIsSaidOnlyWhenItMattersNow() {
    var s = sessions(27, 1, 2);
    List<StoredRep> rising = new ArrayList<>(reps(20, 40, 2)); // 5%
    rising.addAll(reps(3, 40, 8)); // 20%
    assertThat(Attention.of(NOW, 2, null, s, rising, List.of(), List.of()).reasons())
        .singleElement()
        .asString()
        .startsWith("heel-loading flags rising: 5% to 20% of reps");
    List<StoredRep> low = new ArrayList<>(reps(20, 40, 0));
    low.addAll(reps(3, 40, 5)); // 0% to 12.5%: risen, but still under 15%
    assertThat(Attention.of(NOW, 2, null, s, low, List.of(), List.of()).reasons()).isEmpty();
  }

  @Test
  void missedSessionsCountFromTheProgrammeStartWhenItIsRecent() {
    Attention a = Attention.of(NOW, 2, null, sessions(27, 15, 4), List.of(), List.of(), List.of());
    assertThat(a.sessionsDone()).isEqualTo(4);
    assertThat(a.reasons())
        .containsExactly(
            "missed sessions: 4 of 14 prescribed (every 2 days) in the last 28 days",
            "no session for 15 days");
    Attention started =
        Attention.of(
            NOW,
            2,
            NOW.minus(Duration.ofDays(6)),
            sessions(5, 1, 2),
            List.of(),
            List.of(),
            List.of());
    assertThat(started.sessionsPrescribed()).isEqualTo(3);
    assertThat(started.reasons()).isEmpty();
    assertThat(Attention.of(NOW, 2, NOW, List.of(), List.of(), List.of(), List.of()).reasons())
        .containsExactly("no session recorded yet");
  }
}
