package io.plantaris.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TempoTest {

  @Test
  void parsesTheWayClinicianWritesIt() {
    assertThat(Tempo.parse("3-2-3")).isEqualTo(Tempo.RATHLEFF);
    assertThat(Tempo.parse(" 1.5-0-2.5 ", 0.1)).isEqualTo(new Tempo(1500, 0, 2500, 0.1));
    assertThat(Tempo.parse("5-3-5").label()).isEqualTo("5-3-5 s");
    assertThat(new Tempo(2500, 1000, 3000).text()).isEqualTo("2.5-1-3");
    assertThat(Tempo.parse("2-1-4").repMillis()).isEqualTo(7000);
  }

  @Test
  void refusesWhatIsNotATempo() {
    assertThatThrownBy(() -> Tempo.parse("3-2")).hasMessageContaining("3-2-3");
    assertThatThrownBy(() -> Tempo.parse("a-2-3")).hasMessageContaining("3-2-3");
    assertThatThrownBy(() -> Tempo.parse("0-2-3")).hasMessageContaining("positive");
    assertThatThrownBy(() -> Tempo.parse("31-2-3")).hasMessageContaining("30 s");
    assertThatThrownBy(() -> Tempo.parse(null)).hasMessageContaining("3-2-3");
  }

  @Test
  void thePrescriptionCarriesTheTempoTheAnalysisJudges() {
    Prescription rx = Prescription.parseTempo("2-1-4", 10);
    assertThat(rx.upMillis()).isEqualTo(2000);
    assertThat(rx.holdMillis()).isEqualTo(1000);
    assertThat(rx.downMillis()).isEqualTo(4000);
    assertThat(rx.tempoTolerance()).isEqualTo(Tempo.DEFAULT_TOLERANCE);
    assertThat(rx.targetReps()).isEqualTo(10);
    assertThat(rx.sets()).isEqualTo(Prescription.DEFAULT_SETS);
  }
}
