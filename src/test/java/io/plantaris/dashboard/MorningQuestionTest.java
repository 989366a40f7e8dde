package io.plantaris.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantaris.analysis.RmSignal;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.programme.SetOutcome;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Pain this morning?" is asked on the patient's next local day, once. */
class MorningQuestionTest {
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  // 22:30 in Oslo on 1 December (21:30 UTC): her evening session
  static final Instant END = Instant.parse("2026-12-01T21:30:00Z");
  static final List<SessionOutcome> ONE =
      List.of(
          new SessionOutcome(
              "s1", "p1", END, List.of(new SetOutcome(1, 12, 12, 0.9, 0, RmSignal.DEGRADED))));

  @Test
  void notOnTheSameEveningButTheNextMorningInHerZone() {
    // 23:30 UTC is already 00:30 on 2 December in Oslo, still 1 December in UTC
    Instant lateNight = Instant.parse("2026-12-01T23:30:00Z");
    assertThat(MorningQuestion.due(ONE, List.of(), END.plusSeconds(600), OSLO)).isEmpty();
    assertThat(MorningQuestion.due(ONE, List.of(), lateNight, OSLO)).isPresent();
    assertThat(MorningQuestion.due(ONE, List.of(), lateNight, ZoneId.of("UTC"))).isEmpty();
    Instant morning = Instant.parse("2026-12-02T06:30:00Z");
    assertThat(MorningQuestion.due(ONE, List.of(), morning, OSLO))
        .map(SessionOutcome::sessionId)
        .contains("s1");
  }

  @Test
  void goneOnceAnsweredAndOnTheDayAfterNext() {
    Instant morning = Instant.parse("2026-12-02T06:30:00Z");
    PainReport answer = new PainReport("p1", PainKind.NEXT_MORNING, 2, morning, "");
    PainReport before = new PainReport("p1", PainKind.BEFORE, 2, morning, "");
    assertThat(MorningQuestion.due(ONE, List.of(answer), morning.plusSeconds(60), OSLO)).isEmpty();
    assertThat(MorningQuestion.due(ONE, List.of(before), morning.plusSeconds(60), OSLO))
        .isPresent();
    assertThat(MorningQuestion.due(ONE, List.of(), morning.plusSeconds(86_400), OSLO)).isEmpty();
    assertThat(MorningQuestion.due(List.of(), List.of(), morning, OSLO)).isEmpty();
  }
}
