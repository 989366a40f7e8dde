package io.plantaris.fhir;

import io.plantaris.programme.Decision;
import io.plantaris.programme.Phase;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.programme.Review;
import io.plantaris.registry.Clinician;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;

/**
 * One CarePlan per prescription version, in force from its effective time until the next version
 * (which {@code replaces} it), with a Goal holding the prescription's numbers as targets: CarePlan
 * has no field for sets, reps or tempo, and Goal targets carry them as coded quantities without
 * extensions. Progression decisions become notes on the version they judged a session against, each
 * once in its latest state.
 */
final class CarePlanEntries {
  private CarePlanEntries() {}

  static void add(BundleDraft d) {
    List<PrescriptionVersion> versions = d.records.prescriptions().versions();
    for (int i = 0; i < versions.size(); i++) {
      PrescriptionVersion v = versions.get(i);
      PrescriptionVersion next = i + 1 < versions.size() ? versions.get(i + 1) : null;
      Reference goal = d.add(d.urn("Goal", v.version()), goal(d, v, next));
      d.add(urn(d, v), carePlan(d, v, next, goal));
    }
  }

  /** The urn of the CarePlan of a version. */
  static String urn(BundleDraft d, PrescriptionVersion v) {
    return d.urn("CarePlan", v.version());
  }

  private static CarePlan carePlan(
      BundleDraft d, PrescriptionVersion v, PrescriptionVersion next, Reference goal) {
    CarePlan cp = new CarePlan();
    cp.addIdentifier(
        new Identifier()
            .setSystem("https://plantaris.io/fhir/NamingSystem/prescription-version")
            .setValue(d.patientId + "/" + v.version()));
    cp.setStatus(next == null ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.REVOKED);
    cp.setIntent(CarePlan.CarePlanIntent.PLAN);
    cp.setTitle("Heel-raise programme, prescription version " + v.version());
    cp.setDescription(v.label() + (v.note().isEmpty() ? "" : ". " + v.note()));
    FhirValues.narrative(cp, "Prescription version " + v.version() + ": " + cp.getDescription());
    cp.setSubject(d.patient.copy());
    cp.setPeriod(FhirValues.period(v.effectiveAt(), next == null ? null : next.effectiveAt()));
    if (v.version() > 1) {
      cp.addReplaces(new Reference(d.urn("CarePlan", v.version() - 1)));
    }
    cp.setAuthor(author(d, v.editedBy()));
    cp.addGoal(goal.copy());
    CarePlan.CarePlanActivityDetailComponent detail =
        cp.addActivity().getDetail().setKind(CarePlan.CarePlanActivityKind.SERVICEREQUEST);
    detail.setCode((v.singleLeg() ? HeelRaiseCode.SINGLE_LEG : HeelRaiseCode.TWO_LEGGED).concept());
    detail.setStatus(
        next == null
            ? CarePlan.CarePlanActivityStatus.INPROGRESS
            : CarePlan.CarePlanActivityStatus.STOPPED);
    Timing every = new Timing();
    every
        .getRepeat()
        .setFrequency(1)
        .setPeriod(v.intervalDays())
        .setPeriodUnit(Timing.UnitsOfTime.D);
    detail.setScheduled(every);
    detail.setDescription(v.label());
    detail.addGoal(goal.copy());
    for (Decision x : d.records.decisions()) {
      if (x.prescriptionVersion() == v.version()) {
        Review r = x.review();
        cp.addNote(
            new Annotation()
                .setAuthor(
                    new StringType(
                        r == null ? "Plantaris progression engine" : name(d, r.clinicianId())))
                .setTimeElement(FhirValues.dateTime(r == null ? x.decidedAt() : r.at()))
                .setText(decisionText(d, x)));
      }
    }
    return cp;
  }

  /**
   * "Accepted by Dr One: add 2.5 kg. Reasons: ...", or "Overridden by ...: keep instead of add 2.5
   * kg (note). Reasons: ...": the step in force first, then what the engine saw.
   */
  static String decisionText(BundleDraft d, Decision x) {
    Review r = x.review();
    String head =
        switch (x.status()) {
          case PROPOSED -> "Proposed, not yet reviewed: " + x.effective().words();
          case ACCEPTED -> "Accepted by " + name(d, r.clinicianId()) + ": " + x.effective().words();
          case OVERRIDDEN ->
              "Overridden by "
                  + name(d, r.clinicianId())
                  + ": "
                  + x.effective().words()
                  + " instead of "
                  + x.proposed().words();
        };
    String note = r == null || r.note().isEmpty() ? "" : " (" + r.note() + ")";
    return head + note + ". Reasons: " + String.join("; ", x.reasons());
  }

  private static String name(BundleDraft d, String clinicianId) {
    return d.records.clinicians().stream()
        .filter(c -> c.id().equals(clinicianId))
        .map(Clinician::name)
        .findFirst()
        .orElse(clinicianId);
  }

  /** A clinician as a logical reference (identifier and name): Practitioners are not exported. */
  private static Reference author(BundleDraft d, String by) {
    Reference r = new Reference();
    r.setType("Practitioner");
    r.setIdentifier(new Identifier().setSystem(FhirValues.CLINICIAN_ID_SYSTEM).setValue(by));
    r.setDisplay(name(d, by));
    return r;
  }

  private static Goal goal(BundleDraft d, PrescriptionVersion v, PrescriptionVersion next) {
    Phase p = v.phase();
    Goal g = new Goal();
    g.setLifecycleStatus(
        next == null ? Goal.GoalLifecycleStatus.ACTIVE : Goal.GoalLifecycleStatus.CANCELLED);
    if (next != null) {
      g.setStatusReason("superseded by prescription version " + next.version());
    }
    g.setDescription(
        new CodeableConcept()
            .setText(
                "Phase "
                    + (v.phaseIndex() + 1)
                    + " of "
                    + v.phases().size()
                    + " (from week "
                    + p.startWeek()
                    + "): "
                    + v.label()));
    g.setSubject(d.patient.copy());
    FhirValues.narrative(g, g.getDescription().getText());
    g.setStart(FhirValues.date(v.effectiveAt()));
    target(g, HeelRaiseCode.PROGRAMME_PHASE).setDetail(FhirValues.count(v.phaseIndex() + 1L));
    target(g, HeelRaiseCode.SETS).setDetail(FhirValues.count(p.sets()));
    target(g, HeelRaiseCode.REPS).setDetail(FhirValues.count(p.repMax()));
    target(g, HeelRaiseCode.CONCENTRIC_TIME).setDetail(FhirValues.seconds(v.tempo().upMillis()));
    target(g, HeelRaiseCode.HOLD_TIME).setDetail(FhirValues.seconds(v.tempo().holdMillis()));
    target(g, HeelRaiseCode.ECCENTRIC_TIME).setDetail(FhirValues.seconds(v.tempo().downMillis()));
    target(g, HeelRaiseCode.ADDED_LOAD).setDetail(FhirValues.ucum(v.addedLoadKg(), "kg"));
    target(g, HeelRaiseCode.STANCE)
        .setDetail((v.singleLeg() ? HeelRaiseCode.SINGLE_LEG : HeelRaiseCode.TWO_LEGGED).concept());
    target(g, HeelRaiseCode.SESSION_INTERVAL).setDetail(FhirValues.ucum(v.intervalDays(), "d"));
    return g;
  }

  private static Goal.GoalTargetComponent target(Goal g, HeelRaiseCode measure) {
    return g.addTarget().setMeasure(measure.concept());
  }
}
