package io.plantaris.programme;

import static io.plantaris.programme.Sessions.day;
import static io.plantaris.programme.Sessions.good;
import static io.plantaris.programme.Sessions.pain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressionInputsTest {
  static final ProgressionConfig CFG = ProgressionConfig.defaults();
  static final PrescriptionHistory HISTORY =
      new PrescriptionHistory(List.of(PrescriptionVersion.rathleff("p1", Inputs.START, "c1")));

  @ParameterizedTest(name = "sessions {0} days apart, every 2 days: {1} missed")
  @CsvSource({"1,0", "2,0", "3,0", "4,1", "5,1", "6,2", "8,3", "10,4"})
  void missedSessionsFollowTheEverySecondDaySchedule(int gapDays, int missed) {
    SessionOutcome before = good("a", 1, 3, 12);
    SessionOutcome now = good("b", 1 + gapDays, 3, 12);

    ProgressionInput in =
        ProgressionInputs.assemble(HISTORY, List.of(before, now), List.of(), now, CFG);

    assertThat(in.missedSessions()).isEqualTo(missed);
  }

  @Test
  void painScoresAreMatchedToTheSessionByTime() {
    SessionOutcome s = good("a", 2, 3, 12); // ends day 2 18:00
    List<PainReport> pain =
        List.of(
            pain(PainKind.NEXT_MORNING, 1, 1.05), // morning before: the baseline
            pain(PainKind.BEFORE, 3, 2.4),
            pain(PainKind.DURING, 2, 2.45),
            pain(PainKind.DURING, 4, 2.47), // the worst during score counts
            pain(PainKind.DURING, 9, 2.8), // 7 h later: not this session
            pain(PainKind.NEXT_MORNING, 3, 3.05),
            pain(PainKind.NEXT_MORNING, 5, 3.2)); // later the same morning: the first counts

    ProgressionInput in = ProgressionInputs.assemble(HISTORY, List.of(s), pain, s, CFG);

    assertThat(in.painDuring()).isEqualTo(OptionalInt.of(4));
    assertThat(in.painNextMorning()).isEqualTo(OptionalInt.of(3));
    assertThat(in.baselineMorning()).isEqualTo(OptionalInt.of(1));
    assertThat(in.morningChange()).isEqualTo(2);
  }

  @Test
  void aMorningReportMoreThan36HoursLaterDoesNotCount() {
    SessionOutcome s = good("a", 2, 3, 12);
    List<PainReport> pain = List.of(pain(PainKind.NEXT_MORNING, 2, 2.458 + 1.6));

    ProgressionInput in = ProgressionInputs.assemble(HISTORY, List.of(s), pain, s, CFG);

    assertThat(in.painNextMorning()).isEmpty();
  }

  @Test
  void theReserveRunCountsOnlySessionsAtTheSameLoad() {
    PrescriptionVersion v1 = HISTORY.versions().get(0);
    PrescriptionVersion v2 = v1.next(day(3), 0, v1.tempo(), 2, true, "c1", "2 kg");
    PrescriptionHistory h = new PrescriptionHistory(List.of(v1, v2));
    List<SessionOutcome> all =
        List.of(good("a", 0, 3, 12), good("b", 2, 3, 12), good("c", 4, 3, 12), good("d", 6, 3, 12));

    assertThat(
            ProgressionInputs.assemble(h, all, List.of(), all.get(2), CFG)
                .previousSessionsWithReserve())
        .isZero();
    assertThat(
            ProgressionInputs.assemble(h, all, List.of(), all.get(3), CFG)
                .previousSessionsWithReserve())
        .isEqualTo(1);
    assertThat(
            ProgressionInputs.assemble(h, all, List.of(), all.get(1), CFG)
                .previousSessionsWithReserve())
        .isEqualTo(1);
  }
}
