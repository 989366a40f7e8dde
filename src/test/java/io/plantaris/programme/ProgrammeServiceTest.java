package io.plantaris.programme;

import static io.plantaris.programme.Sessions.day;
import static io.plantaris.programme.Sessions.good;
import static io.plantaris.programme.Sessions.pain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgrammeServiceTest {
  InMemoryProgrammeRepository repo;
  ProgrammeService service;

  @BeforeEach
  void sixKilos() {
    repo = new InMemoryProgrammeRepository();
    service = new ProgrammeService(repo, new ProgressionEngine(ProgressionConfig.defaults()));
    PrescriptionVersion v1 = PrescriptionVersion.rathleff("p1", Inputs.START, "c1");
    repo.addPrescription(v1);
    repo.addPrescription(v1.next(day(1), 0, v1.tempo(), 6, true, "c1", "backpack 6 kg"));
  }

  @Test
  void theNextMorningDecidesAndTwoGoodSessionsAddLoad() {
    Decision afterS1 = service.recordSession(good("s1", 2, 3, 12), day(2.5));
    service.recordPain(pain(PainKind.DURING, 2, 2.47));
    assertThat(afterS1.ruleId()).isEqualTo("KEEP_AWAITING_PAIN");
    assertThat(afterS1.trigger()).isEqualTo(Trigger.AFTER_SESSION);

    Decision morning1 = service.recordPain(pain(PainKind.NEXT_MORNING, 2, 3.05)).orElseThrow();
    assertThat(morning1.trigger()).isEqualTo(Trigger.AFTER_NEXT_MORNING);
    assertThat(morning1.ruleId()).isEqualTo("KEEP_ONE_MORE_RESERVE");
    assertThat(morning1.reasons().get(0)).contains("1 of 2 sessions in a row with reserve");

    service.recordSession(good("s2", 4, 3, 12), day(4.5));
    service.recordPain(pain(PainKind.DURING, 2, 4.47));
    Decision morning2 = service.recordPain(pain(PainKind.NEXT_MORNING, 1, 5.05)).orElseThrow();
    assertThat(morning2.proposed()).isEqualTo(new Change(Action.INCREASE_LOAD, 2));
    assertThat(morning2.reasons().get(0))
        .isEqualTo(
            "3 sets of 12 valid reps at 6 kg, pain 2/10 and settled next morning (1/10),"
                + " 2 sessions in a row with reserve: add 2 kg");
    assertThat(morning2.prescriptionVersion()).isEqualTo(2);

    Decision accepted = service.review("p1", morning2.id(), "c1", null, "", day(5.2));

    assertThat(accepted.status()).isEqualTo(DecisionStatus.ACCEPTED);
    assertThat(morning2.status()).isEqualTo(DecisionStatus.PROPOSED);
    assertThat(repo.decisions("p1")).contains(morning2, accepted);
    PrescriptionVersion v3 = repo.prescriptions("p1").latest().orElseThrow();
    assertThat(v3.version()).isEqualTo(3);
    assertThat(v3.addedLoadKg()).isEqualTo(8.0);
    assertThat(v3.effectiveAt()).isEqualTo(day(5.2));
    assertThat(service.currentDecisions("p1"))
        .extracting(Decision::id, Decision::status)
        .contains(org.assertj.core.groups.Tuple.tuple(morning2.id(), DecisionStatus.ACCEPTED));

    // the next session is judged at 8 kg: the run of sessions with reserve starts again
    service.recordSession(good("s3", 6, 3, 12), day(6.5));
    service.recordPain(pain(PainKind.DURING, 2, 6.47));
    Decision morning3 = service.recordPain(pain(PainKind.NEXT_MORNING, 1, 7.05)).orElseThrow();
    assertThat(morning3.ruleId()).isEqualTo("KEEP_ONE_MORE_RESERVE");
    assertThat(morning3.reasons().get(0)).contains("at 8 kg", "keep 8 kg once more");
    assertThat(morning3.prescriptionVersion()).isEqualTo(3);

    // an old session is still judged against what was prescribed then
    Decision again = service.decide(repo.sessions("p1").get(1), day(8));
    assertThat(again.prescriptionVersion()).isEqualTo(2);
    assertThat(again.reasons().get(0)).contains("at 6 kg");
  }

  @Test
  void overrideKeepsTheProposalAndNeedsANote() {
    service.recordSession(good("s1", 2, 3, 12), day(2.5));
    service.recordPain(pain(PainKind.DURING, 6, 2.47));
    Decision rest = service.decide(repo.sessions("p1").get(0), day(2.6));
    assertThat(rest.proposed().action()).isEqualTo(Action.REST);

    assertThatThrownBy(
            () ->
                service.review(
                    "p1", rest.id(), "c1", new Change(Action.REDUCE_LOAD, -2), "", day(3)))
        .hasMessage("overriding needs the clinician's replacement action and a note saying why");

    Decision overridden =
        service.review(
            "p1", rest.id(), "c1", new Change(Action.REDUCE_LOAD, -2), "sore but walking", day(3));

    assertThat(overridden.status()).isEqualTo(DecisionStatus.OVERRIDDEN);
    assertThat(overridden.proposed().action()).isEqualTo(Action.REST);
    assertThat(overridden.effective()).isEqualTo(new Change(Action.REDUCE_LOAD, -2));
    assertThat(repo.prescriptions("p1").latest().orElseThrow().addedLoadKg()).isEqualTo(4.0);
    assertThatThrownBy(() -> service.review("p1", rest.id(), "c1", null, "", day(3.1)))
        .hasMessage("decision " + rest.id() + " was already OVERRIDDEN");
  }
}
