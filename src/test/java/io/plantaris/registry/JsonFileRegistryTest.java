package io.plantaris.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.analysis.RmSignal;
import io.plantaris.insole.Side;
import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.DecisionStatus;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.programme.SetOutcome;
import io.plantaris.programme.Trigger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileRegistryTest {
  static final Instant T0 = Instant.parse("2024-03-04T07:00:00Z");

  @TempDir Path dir;

  JsonFileRegistry registry() {
    return new JsonFileRegistry(dir.resolve("registry.json"));
  }

  static JsonFileRegistry populated(JsonFileRegistry r) {
    r.addClinician(new Clinician("c1", "Dr Berg"));
    r.addClinician(new Clinician("c2", "Dr Holm"));
    r.addPatient(new Patient("p1", "Ann", List.of("c1")));
    r.addInsole(new Insole("L-001", "p1", Side.LEFT));
    return r;
  }

  @Test
  void everythingSurvivesARestart() {
    JsonFileRegistry first = populated(registry());
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", T0, "c1");
    first.addPrescription(v1);
    first.addPrescription(
        v1.next(T0.plusSeconds(86_400 * 3), 0, v1.tempo(), 4, true, "c1", "4 kg"));
    PainReport pain = new PainReport("p1", PainKind.NEXT_MORNING, 3, T0.plusSeconds(90_000), "");
    first.addPainReport(pain);
    SessionOutcome session =
        new SessionOutcome(
            "s1",
            "p1",
            T0.plusSeconds(40_000),
            List.of(new SetOutcome(1, 12, 11, 0.9, 1, RmSignal.DEGRADED)));
    first.addSession(session);
    Decision proposed =
        new Decision(
            "d-s1-s",
            "p1",
            "s1",
            Trigger.AFTER_SESSION,
            T0.plusSeconds(40_001),
            2,
            "KEEP_AT_RM",
            "summary",
            Change.of(Action.KEEP),
            List.of("valid reps 11 of 12 at 4 kg: keep 4 kg"),
            DecisionStatus.PROPOSED,
            null);
    Decision overridden =
        proposed.override(
            "c1", T0.plusSeconds(50_000), new Change(Action.REDUCE_LOAD, -2), "heel sore");
    first.addDecision(proposed);
    first.addDecision(overridden);

    JsonFileRegistry second = registry();

    assertThat(second.patient("p1")).contains(new Patient("p1", "Ann", List.of("c1")));
    assertThat(second.clinicians()).extracting(Clinician::id).containsExactly("c1", "c2");
    assertThat(second.insole("L-001")).contains(new Insole("L-001", "p1", Side.LEFT));
    assertThat(second.prescriptions("p1").versions()).hasSize(2);
    assertThat(second.prescriptions("p1").at(T0.plusSeconds(86_400)).orElseThrow()).isEqualTo(v1);
    assertThat(second.prescriptions("p1").latest().orElseThrow().addedLoadKg()).isEqualTo(4.0);
    assertThat(second.painReports("p1")).containsExactly(pain);
    assertThat(second.sessions("p1")).containsExactly(session);
    assertThat(second.decisions("p1")).containsExactly(proposed, overridden);
  }

  @Test
  void assignmentIsWhatAccessControlReads() {
    JsonFileRegistry r = populated(registry());
    r.assign("p1", "c2");
    r.assign("p1", "c2");

    Patient p = registry().patient("p1").orElseThrow();
    assertThat(p.clinicianIds()).containsExactly("c1", "c2");
    assertThat(p.assignedTo("c2")).isTrue();
    assertThat(p.assignedTo("c3")).isFalse();
  }

  @Test
  void invalidChangesAreRefusedWithClearMessagesAndLeaveTheFileAsItWas() throws Exception {
    JsonFileRegistry r = populated(registry());
    byte[] before = Files.readAllBytes(r.path());

    assertThatThrownBy(() -> r.addPatient(new Patient("p1", "Bo", List.of())))
        .hasMessage("patient 'p1' already exists");
    assertThatThrownBy(() -> r.addPatient(new Patient("p2", "Bo", List.of("c9"))))
        .hasMessage("unknown clinician 'c9'");
    assertThatThrownBy(() -> r.addInsole(new Insole("L-001", "p1", Side.RIGHT)))
        .hasMessage("device 'L-001' is already registered to patient p1");
    assertThatThrownBy(() -> r.addInsole(new Insole("L-002", "p1", Side.LEFT)))
        .hasMessage("patient p1 already has a left insole (L-001)");
    assertThatThrownBy(() -> r.addPainReport(new PainReport("p7", PainKind.DURING, 2, T0, null)))
        .hasMessage("unknown patient 'p7'");
    assertThatThrownBy(
            () ->
                r.addPrescription(
                    PrescriptionVersion.rathleff("p1", T0, "c1")
                        .next(
                            T0,
                            0,
                            PrescriptionVersion.rathleff("p1", T0, "c1").tempo(),
                            2,
                            true,
                            "c1",
                            "")))
        .hasMessageContaining("prescription version 2 for p1 is out of sequence; the next is 1");
    assertThatThrownBy(() -> new PainReport("p1", PainKind.DURING, 11, T0, null))
        .hasMessage("pain score must be 0-10, was 11");
    assertThatThrownBy(() -> new Patient("p 1", "Ann", List.of()))
        .hasMessageStartingWith("patient id must be 1-96 letters");
    assertThatThrownBy(() -> new Clinician("c3", " "))
        .hasMessage("clinician name must be 1-120 printable characters, was ' '");

    assertThat(Files.readAllBytes(r.path())).isEqualTo(before);
  }

  @Test
  void aCorruptFileIsReportedAndNotOverwritten() throws Exception {
    Path file = dir.resolve("registry.json");
    Files.writeString(file, "{\"formatVersion\": 1, \"patients\": [");
    JsonFileRegistry r = new JsonFileRegistry(file);

    assertThatThrownBy(r::patients)
        .hasMessageStartingWith(
            "registry file " + file.toAbsolutePath() + " is not a valid registry");
    assertThatThrownBy(() -> r.addClinician(new Clinician("c1", "Dr Berg")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(file)).isEqualTo("{\"formatVersion\": 1, \"patients\": [");
  }

  @Test
  void aNewerFormatIsRefused() throws Exception {
    Path file = dir.resolve("registry.json");
    Files.writeString(
        file,
        "{\"formatVersion\":2,\"patients\":[],\"clinicians\":[],\"insoles\":[],"
            + "\"prescriptions\":[],\"painReports\":[],\"sessions\":[],\"decisions\":[]}");

    assertThatThrownBy(() -> new JsonFileRegistry(file).patients())
        .hasMessageContaining("registry format 2 is not supported by this version (reads 1..1)");
  }
}
