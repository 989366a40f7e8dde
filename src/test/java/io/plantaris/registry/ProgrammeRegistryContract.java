package io.plantaris.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantaris.analysis.BlindStance;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One scenario for every adapter of {@link ProgrammeRegistry}: the JSON file, H2 and PostgreSQL
 * must store, order and refuse the same way. Each adapter's test says how to open a fresh store and
 * how to open it again as a restart would.
 */
public abstract class ProgrammeRegistryContract {
  protected static final Instant T0 = Instant.parse("2024-03-04T07:00:00.123456789Z");

  /** A new, empty store. */
  protected abstract ProgrammeRegistry fresh();

  /** The store last made by {@link #fresh}, opened anew as after a restart. */
  protected abstract ProgrammeRegistry reopened();

  protected static ProgrammeRegistry populated(ProgrammeRegistry r) {
    r.addClinician(new Clinician("c1", "Dr Berg"));
    r.addClinician(new Clinician("c2", "Dr Holm"));
    r.addPatient(new Patient("p1", "Ann", List.of("c1")));
    r.addPatient(new Patient("p2", "Bo", List.of("c2", "c1")));
    r.addInsole(new Insole("L-001", "p1", Side.LEFT));
    r.addInsole(new Insole("R-001", "p1", Side.RIGHT));
    return r;
  }

  public static Decision proposal(String id, String patient, Instant at) {
    return new Decision(
        id,
        patient,
        "s1",
        Trigger.AFTER_SESSION,
        at,
        2,
        "KEEP_AT_RM",
        "summary",
        Change.of(Action.KEEP),
        List.of("valid reps 11 of 12 at 4 kg: keep 4 kg"),
        DecisionStatus.PROPOSED,
        null);
  }

  static SessionOutcome session(String id, String patient, Instant at, int validReps) {
    return new SessionOutcome(
        id, patient, at, List.of(new SetOutcome(1, 12, validReps, 0.9, 1, RmSignal.DEGRADED)));
  }

  @Test
  void everythingSurvivesARestartExactlyAndInOrder() {
    ProgrammeRegistry first = populated(fresh());
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", T0, "c1");
    PrescriptionVersion v2 =
        v1.next(T0.plusSeconds(86_400 * 3), 0, v1.tempo(), 4, true, "c1", "4 kg, née «ü»");
    first.addPrescription(v1);
    first.addPrescription(v2);
    PainReport late = new PainReport("p1", PainKind.NEXT_MORNING, 3, T0.plusSeconds(90_000), "");
    PainReport early = new PainReport("p1", PainKind.DURING, 5, T0.plusNanos(1), "sharp");
    first.addPainReport(late);
    first.addPainReport(early);
    first.addPainReport(new PainReport("p2", PainKind.BEFORE, 1, T0, null));
    SessionOutcome s1 = session("s1", "p1", T0.plusSeconds(40_000), 11);
    SessionOutcome seen = session("s0", "p1", T0.plusSeconds(20_000), 10);
    // the insole could not see 95 s of it: kept, so the decision on it can be explained later
    SessionOutcome s0 =
        new SessionOutcome(
            seen.sessionId(),
            seen.patientId(),
            seen.at(),
            seen.sets(),
            95_000,
            BlindStance.Reason.EDGE_UNSEEN);
    first.addSession(s1);
    first.addSession(s0);
    SessionOutcome s1Again = session("s1", "p1", T0.plusSeconds(40_000), 12);
    first.addSession(s1Again); // same id: replaces
    Decision proposed = proposal("d-s1-s", "p1", T0.plusSeconds(40_001));
    Decision overridden =
        proposed.override(
            "c1", T0.plusSeconds(50_000), new Change(Action.REDUCE_LOAD, -2), "heel sore");
    first.addDecision(proposed);
    first.addDecision(overridden);

    ProgrammeRegistry second = reopened();

    assertThat(second.patients())
        .containsExactly(
            new Patient("p1", "Ann", List.of("c1")), new Patient("p2", "Bo", List.of("c2", "c1")));
    assertThat(second.clinicians()).extracting(Clinician::id).containsExactly("c1", "c2");
    assertThat(second.insole("L-001")).contains(new Insole("L-001", "p1", Side.LEFT));
    assertThat(second.insole("X-9")).isEmpty();
    assertThat(second.insoles("p1")).extracting(Insole::deviceId).containsExactly("L-001", "R-001");
    assertThat(second.insoles("p2")).isEmpty();
    assertThat(second.patientOf("R-001")).contains("p1");
    assertThat(second.patientOf("p2")).contains("p2");
    assertThat(second.patientOf("nobody")).isEmpty();
    assertThat(second.prescriptions("p1").versions()).containsExactly(v1, v2);
    assertThat(second.prescriptions("p1").at(T0.plusSeconds(86_400)).orElseThrow()).isEqualTo(v1);
    assertThat(second.prescriptions("p2").versions()).isEmpty();
    assertThat(second.painReports("p1")).containsExactly(early, late);
    assertThat(second.painReports("p2")).hasSize(1);
    assertThat(second.sessions("p1")).containsExactly(s0, s1Again);
    assertThat(second.decisions("p1")).containsExactly(proposed, overridden);
    assertThat(second.decisions("p2")).isEmpty();
  }

  @Test
  void assignmentIsWhatAccessControlReads() {
    ProgrammeRegistry r = populated(fresh());
    assertThat(r.assign("p1", "c2").clinicianIds()).containsExactly("c1", "c2");
    r.assign("p1", "c2");

    Patient p = reopened().patient("p1").orElseThrow();
    assertThat(p.clinicianIds()).containsExactly("c1", "c2");
    assertThat(reopened().patientsOf("c2")).extracting(Patient::id).containsExactly("p1", "p2");
    assertThat(reopened().patientsOf("c1").get(1))
        .isEqualTo(new Patient("p2", "Bo", List.of("c2", "c1")));
    assertThat(reopened().patientsOf("c9")).isEmpty();
    assertThat(reopened().patient("p9")).isEmpty();
  }

  @Test
  void invalidChangesAreRefusedWithClearMessagesAndChangeNothing() {
    ProgrammeRegistry r = populated(fresh());
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", T0, "c1");

    assertThatThrownBy(() -> r.addClinician(new Clinician("c1", "Dr Other")))
        .hasMessage("clinician 'c1' already exists");
    assertThatThrownBy(() -> r.addPatient(new Patient("p1", "Bo", List.of())))
        .hasMessage("patient 'p1' already exists");
    assertThatThrownBy(() -> r.addPatient(new Patient("p3", "Cy", List.of("c1", "c9"))))
        .hasMessage("unknown clinician 'c9'");
    assertThatThrownBy(() -> r.assign("p9", "c1")).hasMessage("unknown patient 'p9'");
    assertThatThrownBy(() -> r.assign("p1", "c9")).hasMessage("unknown clinician 'c9'");
    assertThatThrownBy(() -> r.addInsole(new Insole("L-001", "p2", Side.RIGHT)))
        .hasMessage("device 'L-001' is already registered to patient p1");
    assertThatThrownBy(() -> r.addInsole(new Insole("L-002", "p1", Side.LEFT)))
        .hasMessage("patient p1 already has a left insole (L-001)");
    assertThatThrownBy(() -> r.addInsole(new Insole("L-003", "p9", Side.LEFT)))
        .hasMessage("unknown patient 'p9'");
    assertThatThrownBy(() -> r.addPainReport(new PainReport("p7", PainKind.DURING, 2, T0, null)))
        .hasMessage("unknown patient 'p7'");
    assertThatThrownBy(() -> r.addSession(session("s1", "p7", T0, 1)))
        .hasMessage("unknown patient 'p7'");
    assertThatThrownBy(() -> r.addDecision(proposal("d1", "p7", T0)))
        .hasMessage("unknown patient 'p7'");
    assertThatThrownBy(() -> r.addPrescription(v1.next(T0, 0, v1.tempo(), 2, true, "c1", "")))
        .hasMessageContaining("prescription version 2 for p1 is out of sequence; the next is 1");
    r.addPrescription(v1);
    assertThatThrownBy(() -> r.addPrescription(v1))
        .hasMessageContaining("prescription version 1 for p1 is out of sequence; the next is 2");

    ProgrammeRegistry again = reopened();
    assertThat(again.patients()).extracting(Patient::id).containsExactly("p1", "p2");
    assertThat(again.clinicians())
        .extracting(Clinician::name)
        .containsExactly("Dr Berg", "Dr Holm");
    assertThat(again.insoles("p1")).hasSize(2);
    assertThat(again.insoles("p2")).isEmpty();
    assertThat(again.prescriptions("p1").versions()).containsExactly(v1);
    assertThat(again.painReports("p7")).isEmpty();
  }

  /** The overview's reads of many patients at once give what one read per patient gives. */
  @Test
  void manyPatientsAtOnceReadTheSameAsOneByOne() {
    ProgrammeRegistry r = populated(fresh());
    r.addPatient(new Patient("p3", "Cy", List.of("c1")));
    r.addInsole(new Insole("L-002", "p2", Side.LEFT));
    PrescriptionVersion a1 = PrescriptionVersion.rathleff("p1", T0, "c1");
    PrescriptionVersion b1 = PrescriptionVersion.rathleff("p2", T0, "c2");
    r.addPrescription(b1);
    r.addPrescription(a1);
    r.addPrescription(a1.next(T0.plusSeconds(86_400), 0, a1.tempo(), 2, true, "c1", ""));
    Instant from = T0.plusSeconds(3_600);
    Instant to = T0.plusSeconds(7_200);
    PainReport atFrom = new PainReport("p1", PainKind.DURING, 4, from, "");
    PainReport atTo = new PainReport("p1", PainKind.DURING, 6, to, "");
    PainReport before = new PainReport("p1", PainKind.BEFORE, 1, from.minusNanos(1), "");
    PainReport p2Late = new PainReport("p2", PainKind.NEXT_MORNING, 2, to.minusNanos(1), "");
    PainReport p2Early = new PainReport("p2", PainKind.BEFORE, 3, from.plusSeconds(1), "");
    for (PainReport p : List.of(atTo, p2Late, atFrom, before, p2Early)) {
      r.addPainReport(p);
    }
    Decision d2 = proposal("d-b", "p2", T0.plusSeconds(10));
    Decision d1 = proposal("d-a", "p1", T0.plusSeconds(20));
    r.addDecision(d2);
    r.addDecision(d1);
    r.addDecision(d1.accept("c1", T0.plusSeconds(30), "ok"));
    Decision d3 = proposal("d-c", "p2", T0.plusSeconds(40));
    r.addDecision(d3);
    Decision d2Again = proposal("d-b", "p2", T0.plusSeconds(50)); // proposed anew, same id
    r.addDecision(d2Again);
    List<String> ids = List.of("p2", "p1", "p3", "p9");

    ProgrammeRegistry again = reopened();
    Map<String, List<PainReport>> pain = again.painReportsByPatient(ids, from, to);
    Map<String, List<PainReport>> during =
        again.painReportsByPatient(ids, PainKind.DURING, from, to);
    Map<String, List<Decision>> decisions = again.decisionsByPatient(ids);
    var rx = again.prescriptionsByPatient(ids);
    var latest = again.latestPrescriptionsByPatient(ids);
    Map<String, List<Decision>> proposed = again.proposedDecisionsByPatient(ids);

    assertThat(pain.keySet()).containsExactlyElementsOf(ids);
    assertThat(pain.get("p1")).containsExactly(atFrom); // from included, to not
    assertThat(pain.get("p2")).containsExactly(p2Early, p2Late);
    assertThat(pain.get("p9")).isEmpty();
    assertThat(during.keySet()).containsExactlyElementsOf(ids);
    assertThat(during.get("p1")).containsExactly(atFrom);
    assertThat(during.get("p2")).as("before and next-morning reports left out").isEmpty();
    assertThat(decisions.keySet()).containsExactlyElementsOf(ids);
    assertThat(rx.keySet()).containsExactlyElementsOf(ids);
    for (String id : ids) {
      assertThat(rx.get(id).versions()).isEqualTo(again.prescriptions(id).versions());
      assertThat(latest.get(id)).isEqualTo(again.prescriptions(id).latest());
      assertThat(decisions.get(id)).isEqualTo(again.decisions(id));
      assertThat(pain.get(id))
          .isEqualTo(
              again.painReports(id).stream()
                  .filter(p -> !p.at().isBefore(from) && p.at().isBefore(to))
                  .toList());
    }
    for (String id : ids) {
      assertThat(proposed.get(id))
          .isEqualTo(
              Decision.newestRecords(again.decisions(id)).stream()
                  .filter(x -> x.status() == DecisionStatus.PROPOSED)
                  .toList());
    }
    assertThat(proposed.get("p1")).isEmpty(); // accepted
    assertThat(proposed.get("p2")).containsExactly(d2Again, d3); // d-b was made first
    assertThat(proposed.keySet()).containsExactlyElementsOf(ids);
    assertThat(decisions.get("p1")).hasSize(2);
    assertThat(rx.get("p1").versions()).hasSize(2);
    assertThat(latest.keySet()).containsExactlyElementsOf(ids);
    assertThat(latest.get("p1").orElseThrow().version()).isEqualTo(2);
    assertThat(latest.get("p2")).contains(b1);
    assertThat(latest.get("p3")).isEmpty();
    assertThat(again.insoles())
        .extracting(Insole::deviceId)
        .containsExactly("L-001", "R-001", "L-002");
  }
}
