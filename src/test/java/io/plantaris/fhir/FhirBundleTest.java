package io.plantaris.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The export of {@link SampleRecords}: what is in it, that it parses back and validates. */
class FhirBundleTest {
  private static final Logger log = LoggerFactory.getLogger(FhirBundleTest.class);
  static final Instant EXPORTED = Instant.parse("2025-03-10T12:00:00Z");

  private final Bundle bundle = FhirBundle.build(SampleRecords.build(), EXPORTED);

  @Test
  void holdsOneResourceOfEachKindPerRecord() {
    Map<String, Long> counts =
        bundle.getEntry().stream()
            .collect(Collectors.groupingBy(e -> e.getResource().fhirType(), Collectors.counting()));
    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    // 2 insoles + the pair the sets were recorded with; 2 sessions + 5 sets + 3 pain ratings
    // (the rating kept in both the registry and the store is exported once)
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "CodeSystem", 1L,
                "Patient", 1L,
                "Device", 3L,
                "Goal", 2L,
                "CarePlan", 2L,
                "Observation", 10L));
  }

  @Test
  void everyReferenceResolvesInsideTheBundle() {
    Set<String> fullUrls = new HashSet<>();
    bundle.getEntry().forEach(e -> fullUrls.add(e.getFullUrl()));
    assertThat(fullUrls).hasSize(bundle.getEntry().size());
    List<Reference> refs =
        bundle.getEntry().stream()
            .flatMap(e -> references(e.getResource()).stream())
            .filter(Reference::hasReference)
            .toList();
    assertThat(refs).hasSizeGreaterThan(40);
    assertThat(refs).allSatisfy(r -> assertThat(fullUrls).contains(r.getReference()));
  }

  @Test
  void setsCarryTheirFiguresAndFlagsInUcum() {
    List<Observation> sets = observations(HeelRaiseCode.SET);
    assertThat(sets).hasSize(5);
    Observation first = sets.get(0);
    assertThat(quantity(first, HeelRaiseCode.REPS).getValue().intValue()).isEqualTo(12);
    assertThat(quantity(first, HeelRaiseCode.VALID_REPS).getValue().intValue()).isEqualTo(10);
    assertThat(quantity(first, HeelRaiseCode.UNCERTAIN_REPS).getValue().intValue()).isEqualTo(1);
    assertThat(quantity(sets.get(1), HeelRaiseCode.UNCERTAIN_REPS).getValue().intValue()).isZero();
    assertThat(quantity(first, HeelRaiseCode.HEEL_LOADED_AT_TOP).getValue().intValue())
        .isEqualTo(1);
    assertThat(quantity(first, HeelRaiseCode.HEEL_SLAM).getValue().intValue()).isEqualTo(1);
    assertThat(quantity(first, HeelRaiseCode.BOUNCE).getValue().intValue()).isZero();
    Quantity tut = quantity(first, HeelRaiseCode.TIME_UNDER_TENSION);
    assertThat(tut.getCode()).isEqualTo("s");
    assertThat(tut.getSystem()).isEqualTo("http://unitsofmeasure.org");
    assertThat(tut.getValue().doubleValue()).isCloseTo(95.988, within(0.001));
    assertThat(quantity(first, HeelRaiseCode.TEMPO_ADHERENCE).getCode()).isEqualTo("%");
    assertThat(quantity(first, HeelRaiseCode.TEMPO_ADHERENCE).getValue().doubleValue())
        .isCloseTo(87.5, within(0.05));
    assertThat(quantity(first, HeelRaiseCode.REPS).getCode()).isEqualTo("{count}");
    // the load of the prescription in force: body weight on day 1, 5 kg from day 2
    assertThat(quantity(first, HeelRaiseCode.ADDED_LOAD).getValue().doubleValue()).isZero();
    assertThat(quantity(first, HeelRaiseCode.ADDED_LOAD).getCode()).isEqualTo("kg");
    assertThat(quantity(sets.get(4), HeelRaiseCode.ADDED_LOAD).getValue().doubleValue())
        .isEqualTo(5.0);
    assertThat(first.getEffectivePeriod().getStart())
        .isEqualTo(java.util.Date.from(SampleRecords.DAY1));
    assertThat(first.getDevice().getDisplay()).isEqualTo(SampleRecords.PAIR);
  }

  @Test
  void sessionsGroupTheirSetsAndFollowThePrescriptionInForce() {
    List<Observation> sessions = observations(HeelRaiseCode.SESSION);
    assertThat(sessions).hasSize(2);
    assertThat(sessions.get(0).getHasMember()).hasSize(3);
    assertThat(sessions.get(1).getHasMember()).hasSize(2);
    assertThat(quantity(sessions.get(0), HeelRaiseCode.VALID_REPS).getValue().intValue())
        .isEqualTo(34);
    assertThat(quantity(sessions.get(0), HeelRaiseCode.UNCERTAIN_REPS).getValue().intValue())
        .isEqualTo(1);
    assertThat(sessions.get(0).getText().getDivAsString()).contains("1 of them uncertain");
    assertThat(quantity(sessions.get(1), HeelRaiseCode.UNCERTAIN_REPS).getValue().intValue())
        .isZero();
    CarePlan v1 = (CarePlan) byUrl(sessions.get(0).getBasedOnFirstRep().getReference());
    CarePlan v2 = (CarePlan) byUrl(sessions.get(1).getBasedOnFirstRep().getReference());
    assertThat(v1.getStatus()).isEqualTo(CarePlan.CarePlanStatus.REVOKED);
    assertThat(v2.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
    assertThat(v2.getReplacesFirstRep().getReference()).isEqualTo(fullUrl(v1));
    assertThat(v2.getActivityFirstRep().getDetail().getScheduledTiming().getRepeat().getPeriod())
        .isEqualByComparingTo("2");
    Goal g2 = (Goal) byUrl(v2.getGoalFirstRep().getReference());
    Map<String, Base> targets =
        g2.getTarget().stream()
            .collect(
                Collectors.toMap(
                    t -> t.getMeasure().getCodingFirstRep().getCode(), t -> t.getDetail()));
    assertThat(((Quantity) targets.get("reps")).getValue().intValue()).isEqualTo(12);
    assertThat(((Quantity) targets.get("sets")).getValue().intValue()).isEqualTo(3);
    assertThat(((Quantity) targets.get("concentric-time")).getValue().doubleValue()).isEqualTo(3);
    assertThat(((Quantity) targets.get("hold-time")).getValue().doubleValue()).isEqualTo(2);
    assertThat(((Quantity) targets.get("eccentric-time")).getValue().doubleValue()).isEqualTo(3);
    assertThat(((Quantity) targets.get("added-load")).getValue().doubleValue()).isEqualTo(5);
    assertThat(targets.get("stance").toString()).isNotNull();
    assertThat(v2.getDescription()).contains("12RM x 3 sets at 5 kg, single-leg, 3-2-3 s");
  }

  @Test
  void eachDecisionIsOneNoteInItsLatestStateOnTheVersionItJudgedAgainst() {
    List<CarePlan> plans = resources(CarePlan.class);
    // seven records of three decisions: the accepted one kept by both registry and store, the
    // overridden one proposed in the store and reviewed in the registry, one still proposed
    assertThat(plans.get(0).getNote())
        .extracting(n -> n.getText())
        .containsExactly(
            "Accepted by Dr One: add 5 kg. Reasons: 12RM done with reserve; pain during 4/10,"
                + " within the acceptable zone");
    assertThat(plans.get(0).getNoteFirstRep().getAuthorStringType().getValue()).isEqualTo("Dr One");
    assertThat(plans.get(0).getNoteFirstRep().getTime())
        .isEqualTo(java.util.Date.from(SampleRecords.DAY1.plusSeconds(86_000)));
    assertThat(plans.get(1).getNote())
        .extracting(n -> n.getText())
        .containsExactly(
            "Overridden by Dr One: reduce by 2.5 kg instead of keep (heel sore). Reasons: 2 of 24"
                + " reps valid below the 80 % needed to progress",
            "Proposed, not yet reviewed: keep. Reasons: next-morning pain 3/10, not worse than the"
                + " day before");
    assertThat(plans.get(1).getNote().get(1).getAuthorStringType().getValue())
        .isEqualTo("Plantaris progression engine");
  }

  @Test
  void painIsLoinc72514AndEveryLocalCodeIsDefinedInTheShippedCodeSystem() {
    List<Observation> pain =
        resources(Observation.class).stream()
            .filter(o -> "72514-3".equals(o.getCode().getCodingFirstRep().getCode()))
            .toList();
    assertThat(pain)
        .extracting(o -> o.getValueQuantity().getValue().intValue())
        .containsExactly(2, 4, 3);
    assertThat(pain.get(0).getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
    assertThat(pain.get(1).getNoteFirstRep().getText()).isEqualTo("sharp at first");
    assertThat(
            pain.get(2)
                .getComponentFirstRep()
                .getValueCodeableConcept()
                .getCodingFirstRep()
                .getCode())
        .isEqualTo("pain-next-morning");
    CodeSystem cs = resources(CodeSystem.class).get(0);
    assertThat(cs.getUrl()).isEqualTo("https://plantaris.io/fhir/CodeSystem/heel-raise");
    Set<String> defined =
        cs.getConcept().stream().map(c -> c.getCode()).collect(Collectors.toSet());
    List<Coding> local =
        bundle.getEntry().stream()
            .flatMap(e -> codings(e.getResource()).stream())
            .filter(c -> HeelRaiseCode.SYSTEM.equals(c.getSystem()))
            .toList();
    assertThat(local).hasSizeGreaterThan(80);
    assertThat(local).allSatisfy(c -> assertThat(defined).contains(c.getCode()));
    Device left = resources(Device.class).get(0);
    assertThat(left.getIdentifierFirstRep().getValue()).isEqualTo("PL-0001-L");
    assertThat(left.getPropertyFirstRep().getValueCodeFirstRep().getText()).isEqualTo("left foot");
    assertThat(left.getParent().getReference()).isEqualTo(fullUrl(resources(Device.class).get(2)));
  }

  @Test
  void parsesBackWithHapiAndValidatesWithoutErrors() {
    String json = FhirJson.encode(bundle, false);
    Bundle back = FhirJson.parse(json);
    assertThat(back.getEntry()).hasSize(bundle.getEntry().size());
    assertThat(FhirJson.encode(back, false)).isEqualTo(json);
    FhirValidation.Findings f = FhirValidation.validate(back);
    f.warnings().forEach(w -> log.info("validator: {}", w));
    log.info(
        "FHIR export of {} resources, {} bytes: {} errors, {} warnings, {} information",
        back.getEntry().size(),
        json.length(),
        f.errors().size(),
        f.warnings().size(),
        f.information());
    assertThat(f.errors()).isEmpty();
  }

  @Test
  void theValidatorChecksTheLocalCodes() {
    Observation set = observations(HeelRaiseCode.SET).get(0);
    set.getComponentFirstRep().getCode().getCodingFirstRep().setCode("no-such-measure");
    assertThat(FhirValidation.validate(bundle).errors())
        .anySatisfy(e -> assertThat(e).contains("no-such-measure"));
  }

  @Test
  void theSameRecordsGiveTheSameIds() {
    Bundle again = FhirBundle.build(SampleRecords.build(), EXPORTED.plusSeconds(60));
    assertThat(again.getEntry())
        .extracting(Bundle.BundleEntryComponent::getFullUrl)
        .containsExactlyElementsOf(
            bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList());
  }

  private List<Observation> observations(HeelRaiseCode code) {
    return resources(Observation.class).stream()
        .filter(o -> code.code().equals(o.getCode().getCodingFirstRep().getCode()))
        .toList();
  }

  private <T extends Resource> List<T> resources(Class<T> type) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  private Resource byUrl(String url) {
    return bundle.getEntry().stream()
        .filter(e -> e.getFullUrl().equals(url))
        .findFirst()
        .orElseThrow()
        .getResource();
  }

  private String fullUrl(Resource r) {
    return bundle.getEntry().stream()
        .filter(e -> e.getResource() == r)
        .findFirst()
        .orElseThrow()
        .getFullUrl();
  }

  private static Quantity quantity(Observation o, HeelRaiseCode code) {
    return o.getComponent().stream()
        .filter(c -> code.code().equals(c.getCode().getCodingFirstRep().getCode()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no component " + code.code()))
        .getValueQuantity();
  }

  private static List<Reference> references(Resource b) {
    return FhirJson.context().newTerser().getAllPopulatedChildElementsOfType(b, Reference.class);
  }

  private static List<Coding> codings(Resource b) {
    return FhirJson.context().newTerser().getAllPopulatedChildElementsOfType(b, Coding.class);
  }
}
