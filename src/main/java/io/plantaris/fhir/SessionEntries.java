package io.plantaris.fhir;

import io.plantaris.analysis.RepEvent;
import io.plantaris.analysis.RepFlag;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import io.plantaris.store.StoredSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * Per session a grouping Observation whose members are one Observation per set, the set's figures
 * as components (the Physical Activity IG's pattern of a panel with members).
 */
final class SessionEntries {
  private SessionEntries() {}

  static void add(BundleDraft d) {
    Map<Long, StoredSession> sessions = new TreeMap<>();
    Map<Long, List<StoredSet>> setsBySession = new TreeMap<>();
    for (StoredSession s : d.records.sessions()) {
      sessions.put(s.startMicros(), s);
      setsBySession.computeIfAbsent(s.startMicros(), k -> new ArrayList<>());
    }
    for (StoredSet set : d.records.sets()) {
      setsBySession.computeIfAbsent(set.sessionStartMicros(), k -> new ArrayList<>()).add(set);
    }
    for (Map.Entry<Long, List<StoredSet>> e : setsBySession.entrySet()) {
      StoredSession s = sessions.getOrDefault(e.getKey(), fromSets(d.patientId, e.getValue()));
      if (s != null) {
        session(d, s, e.getValue());
      }
    }
  }

  /** A session the store has sets of but no session point for (e.g. cut by the time range). */
  private static StoredSession fromSets(String patientId, List<StoredSet> sets) {
    if (sets.isEmpty()) {
      return null;
    }
    long start = sets.get(0).sessionStartMicros();
    long end = sets.stream().mapToLong(StoredSet::endMicros).max().orElse(start);
    return new StoredSession(
        patientId,
        start,
        Math.max(start, end),
        sets.size(),
        sets.stream().mapToInt(StoredSet::repCount).sum(),
        sets.stream().mapToInt(StoredSet::validReps).sum(),
        sets.stream().mapToLong(StoredSet::timeUnderTensionMillis).sum());
  }

  private static void session(BundleDraft d, StoredSession s, List<StoredSet> sets) {
    Instant start = FhirValues.instant(s.startMicros());
    Optional<PrescriptionVersion> rx = d.records.prescriptions().at(start);
    Observation o = base(d, HeelRaiseCode.SESSION, start, s.endMicros(), rx);
    component(o, HeelRaiseCode.SETS, FhirValues.count(s.sets()));
    component(o, HeelRaiseCode.REPS, FhirValues.count(s.reps()));
    component(o, HeelRaiseCode.VALID_REPS, FhirValues.count(s.validReps()));
    long uncertain =
        d.records.reps().stream()
            .filter(r -> r.sessionStartMicros() == s.startMicros() && r.rep().uncertain())
            .count();
    component(o, HeelRaiseCode.UNCERTAIN_REPS, FhirValues.count(uncertain));
    component(o, HeelRaiseCode.TIME_UNDER_TENSION, FhirValues.seconds(s.timeUnderTensionMillis()));
    FhirValues.narrative(
        o,
        "Heel-raise session at "
            + start
            + ": "
            + s.sets()
            + " sets, "
            + s.reps()
            + " reps, "
            + s.validReps()
            + " valid ("
            + uncertain
            + " of them uncertain)");
    if (sets.stream().map(StoredSet::device).distinct().count() == 1) {
      o.setDevice(DeviceEntries.of(d, sets.get(0).device()));
    }
    List<Observation> members = new ArrayList<>();
    for (StoredSet set : sets) {
      Observation m = set(d, set);
      o.addHasMember(
          new Reference(d.urn("Observation/set", set.device() + "@" + set.startMicros())));
      members.add(m);
    }
    d.add(d.urn("Observation/session", s.startMicros()), o);
    for (int i = 0; i < members.size(); i++) {
      d.add(o.getHasMember().get(i).getReference(), members.get(i));
    }
  }

  private static Observation set(BundleDraft d, StoredSet s) {
    Instant start = FhirValues.instant(s.startMicros());
    Optional<PrescriptionVersion> rx = d.records.prescriptions().at(start);
    Observation o = base(d, HeelRaiseCode.SET, start, s.endMicros(), rx);
    o.setDevice(DeviceEntries.of(d, s.device()));
    component(o, HeelRaiseCode.SET_INDEX, new IntegerType(s.setIndex()));
    component(o, HeelRaiseCode.REPS, FhirValues.count(s.repCount()));
    component(o, HeelRaiseCode.VALID_REPS, FhirValues.count(s.validReps()));
    component(o, HeelRaiseCode.UNCERTAIN_REPS, FhirValues.count(inSet(d, s, RepEvent::uncertain)));
    component(o, HeelRaiseCode.TIME_UNDER_TENSION, FhirValues.seconds(s.timeUnderTensionMillis()));
    if (Double.isFinite(s.tempoAdherence())) {
      double percent = Math.round(s.tempoAdherence() * 1000) / 10.0;
      component(o, HeelRaiseCode.TEMPO_ADHERENCE, FhirValues.ucum(percent, "%"));
    }
    if (Double.isFinite(s.meanAbsTempoErrorMillis())) {
      component(o, HeelRaiseCode.TEMPO_ERROR, FhirValues.seconds(s.meanAbsTempoErrorMillis()));
    }
    rx.ifPresent(
        v -> component(o, HeelRaiseCode.ADDED_LOAD, FhirValues.ucum(v.addedLoadKg(), "kg")));
    component(o, HeelRaiseCode.HEEL_LOADED_AT_TOP, flagged(d, s, RepFlag.HEEL_LOADED_AT_TOP));
    component(o, HeelRaiseCode.HEEL_SLAM, flagged(d, s, RepFlag.HEEL_SLAM));
    component(o, HeelRaiseCode.BOUNCE, flagged(d, s, RepFlag.BOUNCE));
    HeelRaiseCode rm =
        switch (s.rmSignal()) {
          case ENDED_EARLY -> HeelRaiseCode.RM_ENDED_EARLY;
          case DEGRADED -> HeelRaiseCode.RM_DEGRADED;
          case COMPLETED_WITH_RESERVE -> HeelRaiseCode.RM_RESERVE;
        };
    component(o, HeelRaiseCode.RM_SIGNAL, rm.concept());
    return FhirValues.narrative(
        o,
        "Set "
            + s.setIndex()
            + " at "
            + start
            + ": "
            + s.repCount()
            + " reps, "
            + s.validReps()
            + " valid, "
            + rm.display().toLowerCase(java.util.Locale.ROOT));
  }

  /** How many reps of the set carry the flag. */
  private static org.hl7.fhir.r4.model.Quantity flagged(BundleDraft d, StoredSet s, RepFlag f) {
    return FhirValues.count(inSet(d, s, r -> r.flags().contains(f)));
  }

  /** Reps of the set (same insoles, rising within the set's time) that {@code which} picks. */
  private static long inSet(BundleDraft d, StoredSet s, Predicate<RepEvent> which) {
    long n = 0;
    for (StoredRep r : d.records.reps()) {
      long t = r.rep().upStartMicros();
      if (r.device().equals(s.device())
          && t >= s.startMicros()
          && t <= s.endMicros()
          && which.test(r.rep())) {
        n++;
      }
    }
    return n;
  }

  private static Observation base(
      BundleDraft d,
      HeelRaiseCode code,
      Instant start,
      long endMicros,
      Optional<PrescriptionVersion> rx) {
    Observation o = new Observation();
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(FhirValues.category("activity", "Activity"));
    o.setCode(code.concept());
    o.setSubject(d.patient.copy());
    o.addPerformer(d.patient.copy()); // the patient exercised; the insole only measured
    o.setEffective(FhirValues.period(start, FhirValues.instant(endMicros)));
    rx.ifPresent(v -> o.addBasedOn(new Reference(CarePlanEntries.urn(d, v))));
    return o;
  }

  private static void component(Observation o, HeelRaiseCode code, Type value) {
    o.addComponent().setCode(new CodeableConcept(code.coding())).setValue(value);
  }
}
