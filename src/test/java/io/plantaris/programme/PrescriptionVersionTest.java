package io.plantaris.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.analysis.Prescription;
import io.plantaris.analysis.Tempo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrescriptionVersionTest {
  static final Instant T0 = Instant.parse("2024-03-04T07:00:00Z");

  @Test
  void mapsToTheAnalysisPrescription() {
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", T0, "c1");
    assertThat(v1.toAnalysis()).isEqualTo(Prescription.rathleff());
    assertThat(v1.label())
        .isEqualTo("12RM x 3 sets at body weight, single-leg, 3-2-3 s, every 2 days");

    PrescriptionVersion v2 =
        v1.next(T0.plusSeconds(60), 1, Tempo.parse("5-3-5", 0.3), 4, false, "c1", "Caratun-like");

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.toAnalysis())
        .isEqualTo(new Prescription(new Tempo(5000, 3000, 5000, 0.3), 0.7, false, 10, 4, 4));
    assertThat(v2.label()).isEqualTo("10RM x 4 sets at 4 kg, two-legged, 5-3-5 s, every 2 days");
  }

  @Test
  void historyAnswersWhatWasInForceThen() {
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", T0, "c1");
    PrescriptionVersion v2 = v1.next(T0.plus(Duration.ofDays(5)), 0, v1.tempo(), 2, true, "c1", "");
    PrescriptionHistory h = new PrescriptionHistory(List.of(v1, v2));

    assertThat(h.at(T0.minusSeconds(1))).isEmpty();
    assertThat(h.at(T0.plus(Duration.ofDays(5)).minusSeconds(1))).contains(v1);
    assertThat(h.at(T0.plus(Duration.ofDays(5)))).contains(v2);
    assertThat(v1.programmeWeek(T0.plus(Duration.ofDays(13)))).isEqualTo(2);
    assertThat(v1.programmeWeek(T0.plus(Duration.ofDays(14)))).isEqualTo(3);
  }

  @Test
  void invalidEditsSayWhatIsWrong() {
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", T0, "c1");
    assertThatThrownBy(() -> v1.next(T0, 0, v1.tempo(), -1, true, "c1", ""))
        .hasMessage("addedLoadKg must be in 0..150, was -1.0");
    assertThatThrownBy(() -> v1.next(T0, 3, v1.tempo(), 0, true, "c1", ""))
        .hasMessage("phaseIndex must be in 0..2, was 3");
    assertThatThrownBy(() -> v1.next(T0.minusSeconds(1), 0, v1.tempo(), 0, true, "c1", ""))
        .hasMessageStartingWith("an edit cannot take effect");
    assertThatThrownBy(() -> Tempo.parse("3-2", 0.25))
        .hasMessage("tempo must look like 3-2-3 (seconds), was 3-2");
    assertThatThrownBy(() -> new Phase(0, 3, 1)).hasMessage("repMax must be in 1..50, was 0");
    assertThatThrownBy(
            () -> new PrescriptionHistory(List.of(v1.next(T0, 0, v1.tempo(), 0, true, "c1", ""))))
        .hasMessage("prescription versions must be 1, 2, 3...; found 2 at 1");
    assertThatThrownBy(() -> new Change(Action.INCREASE_LOAD, -2))
        .hasMessage("load change -2.0 kg does not fit action INCREASE_LOAD");
  }
}
