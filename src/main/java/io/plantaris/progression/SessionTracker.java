package io.plantaris.progression;

import io.plantaris.ingest.BlindSpell;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Keeps each registry patient's open session from the live reps, sets and times an insole could not
 * see a heel raise, and hands over the sessions that ended: by a gap between events, by the wall
 * clock running past the gap, or on request. Events of a device or person unknown to the registry
 * are ignored.
 */
final class SessionTracker implements SessionListener {
  private final long gapMillis;
  private final LongSupplier nowMillis;
  private final Function<String, Optional<String>> patientOf;
  private final Consumer<OpenSession> endedByGap;
  private final Map<String, OpenSession> open = new HashMap<>();
  private volatile java.util.function.BiConsumer<String, OpenSessionFile.Saved> onChange =
      (patient, saved) -> {};

  /**
   * Receives a patient's open session after each change, null once it ended (under the tracker's
   * lock: keep it short).
   */
  void onChange(java.util.function.BiConsumer<String, OpenSessionFile.Saved> listener) {
    onChange = listener;
  }

  /** Sessions that were open when the service stopped carry on. */
  synchronized void restore(List<OpenSessionFile.Saved> saved) {
    for (OpenSessionFile.Saved s : saved) {
      open.put(s.patientId(), OpenSession.of(s));
    }
  }

  /**
   * Sets of the patient's open session so far, counting a set cut off by a restart (reps after the
   * last finished set); 0 when none is open.
   */
  synchronized int setsDone(String patient) {
    OpenSession s = open.get(patient);
    if (s == null) {
      return 0;
    }
    int numbered =
        s.sets.stream().mapToInt(io.plantaris.analysis.SetSummary::setIndex).max().orElse(0);
    int running =
        s.reps.stream()
            .filter(r -> r.upStartMicros() > lastSetEnd(s))
            .mapToInt(io.plantaris.analysis.RepEvent::setIndex)
            .max()
            .orElse(0);
    return Math.max(numbered, running);
  }

  private static long lastSetEnd(OpenSession s) {
    return s.sets.stream()
        .mapToLong(io.plantaris.analysis.SetSummary::endMicros)
        .max()
        .orElse(Long.MIN_VALUE);
  }

  private void changed(String patient) {
    OpenSession s = open.get(patient);
    onChange.accept(patient, s == null ? null : s.saved());
  }

  /**
   * @param patientOf the registry patient of a device id or pipeline person id
   * @param endedByGap receives a session that a later event showed to be over; called on the
   *     pipeline's thread, so it must hand slow work off
   */
  SessionTracker(
      long gapMillis,
      LongSupplier nowMillis,
      Function<String, Optional<String>> patientOf,
      Consumer<OpenSession> endedByGap) {
    this.gapMillis = gapMillis;
    this.nowMillis = nowMillis;
    this.patientOf = patientOf;
    this.endedByGap = endedByGap;
  }

  @Override
  public void onRep(RepVerdict v) {
    patient(v.deviceIds(), v.personId())
        .ifPresent(
            p ->
                add(p, v.rep().upStartMicros(), v.rep().downEndMicros(), s -> s.reps.add(v.rep())));
  }

  @Override
  public void onSet(SetFinished f) {
    patient(f.deviceIds(), f.personId())
        .ifPresent(
            p ->
                add(
                    p,
                    f.summary().startMicros(),
                    f.summary().endMicros(),
                    s -> s.sets.add(f.summary())));
  }

  @Override
  public void onBlind(BlindSpell b) {
    patient(b.deviceIds(), b.personId())
        .ifPresent(
            p ->
                add(
                    p,
                    b.stance().fromMicros(),
                    b.stance().toMicros(),
                    s -> s.unseen.add(b.stance())));
  }

  private Optional<String> patient(List<String> deviceIds, String personId) {
    for (String d : deviceIds) {
      Optional<String> p = patientOf.apply(d);
      if (p.isPresent()) {
        return p;
      }
    }
    return personId == null ? Optional.empty() : patientOf.apply(personId);
  }

  private void add(String patient, long startMicros, long endMicros, Consumer<OpenSession> what) {
    OpenSession ended = null;
    OpenSession s;
    synchronized (this) {
      s = open.get(patient);
      if (s != null && startMicros - s.lastEventMicros > gapMillis * 1000) {
        ended = s;
        s = null;
      }
      if (s == null) {
        s = new OpenSession(patient, startMicros, nowMillis.getAsLong());
        open.put(patient, s);
      }
      s.lastEventMicros = Math.max(s.lastEventMicros, endMicros);
      s.lastArrivalMillis = nowMillis.getAsLong();
      what.accept(s);
      changed(patient);
    }
    if (ended != null) {
      endedByGap.accept(ended);
    }
  }

  /**
   * The patient's open session, now closed; empty when none is open.
   *
   * @throws IllegalStateException while a set is running (reps after the last finished set): the
   *     session stays open, as the set ends {@code restMillis} after its last rep
   */
  synchronized Optional<OpenSession> end(String patient) {
    OpenSession s = open.get(patient);
    if (s != null && s.runningSetReps() > 0) {
      throw new IllegalStateException(
          "the session of "
              + patient
              + " has a set still running ("
              + s.runningSetReps()
              + " rep(s) so far); try again when the set has ended");
    }
    Optional<OpenSession> ended = Optional.ofNullable(open.remove(patient));
    ended.ifPresent(e -> changed(patient));
    return ended;
  }

  /** Closes and returns the sessions with nothing new for longer than the gap. */
  synchronized List<OpenSession> endIdle() {
    long now = nowMillis.getAsLong();
    List<OpenSession> out = new ArrayList<>();
    open.values().removeIf(s -> now - s.lastArrivalMillis > gapMillis && out.add(s));
    out.forEach(s -> changed(s.patientId));
    return out;
  }

  synchronized List<OpenSession> endAll() {
    List<OpenSession> out = new ArrayList<>(open.values());
    open.clear();
    out.forEach(s -> changed(s.patientId));
    return out;
  }
}
