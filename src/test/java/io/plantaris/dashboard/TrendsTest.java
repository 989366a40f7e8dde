package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RmSignal;
import io.plantaris.store.StoredSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendsTest {
  static final Instant NOW = Instant.parse("2026-03-25T12:00:00Z"); // a Wednesday

  @Test
  void weeksStartOnMondayAndEmptyWeeksHaveGapsNotZeroesForRates() {
    assertThat(Trends.firstWeek(NOW, 1)).isEqualTo(Instant.parse("2026-03-23T00:00:00Z"));
    assertThat(Trends.firstWeek(NOW, 3)).isEqualTo(Instant.parse("2026-03-09T00:00:00Z"));
    Instant lastWeek = Instant.parse("2026-03-17T09:00:00Z");
    long t = ClinicianHistory.micros(lastWeek);
    StoredSet set =
        new StoredSet(
            "p1",
            "d",
            t,
            1,
            t,
            t + 96_000_000,
            12,
            9,
            96_000,
            0.75,
            200,
            RmSignal.COMPLETED_WITH_RESERVE);
    List<Pain> pain =
        List.of(
            new Pain(lastWeek, "during", 3),
            new Pain(lastWeek, "during", 5),
            new Pain(lastWeek, "before", 9),
            new Pain(lastWeek.plus(Duration.ofHours(22)), "next-morning", 2));
    Map<String, Object> m =
        Trends.of(
            NOW,
            3,
            List.of(AttentionTest.session(8)),
            List.of(set),
            AttentionTest.reps(8, 10, 3),
            pain,
            at -> at.isBefore(Instant.parse("2026-03-16T00:00:00Z")) ? 0.0 : 4.0);
    assertThat(m.get("weeks")).isEqualTo(List.of("2026-03-09", "2026-03-16", "2026-03-23"));
    assertThat(m.get("reps")).isEqualTo(List.of(0.0, 10.0, 0.0));
    assertThat(m.get("validReps")).isEqualTo(List.of(0.0, 7.0, 0.0));
    assertThat(m.get("heelLoadingPercent")).isEqualTo(nulls(null, 30.0, null));
    assertThat(m.get("tempoAdherencePercent")).isEqualTo(nulls(null, 75.0, null));
    assertThat(m.get("volumeLoadKg")).isEqualTo(List.of(0.0, 48.0, 0.0));
    assertThat(m.get("painDuring")).isEqualTo(nulls(null, 4.0, null));
    assertThat(m.get("painNextMorning")).isEqualTo(nulls(null, 2.0, null));
    assertThat(m.get("addedLoadKg")).isEqualTo(List.of(0.0, 4.0, 4.0));
    assertThat(m.get("timeUnderTensionMin")).isEqualTo(List.of(0.0, 1.3, 0.0));
  }

  @Test
  void phasesAreJudgedAgainstTheTargetWithTheTolerance() {
    assertThat(SessionReport.judge(2250, 3000, 0.25)).isEqualTo("ok");
    assertThat(SessionReport.judge(2249, 3000, 0.25)).isEqualTo("short");
    assertThat(SessionReport.judge(3750, 3000, 0.25)).isEqualTo("ok");
    assertThat(SessionReport.judge(3751, 3000, 0.25)).isEqualTo("long");
  }

  private static List<Double> nulls(Double... v) {
    return new ArrayList<>(java.util.Arrays.asList(v));
  }
}
