package io.plantaris.store;

import io.plantaris.analysis.SetSummary;
import io.plantaris.ingest.RepVerdict;
import io.plantaris.ingest.SessionListener;
import io.plantaris.ingest.SetFinished;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Turns the live pipeline's reps and sets into stored points: it groups a patient's sets into
 * sessions (a new one after {@code sessionGapMillis} without reps) and hands every point to the
 * spool. Calls for one patient come from one pipeline thread at a time.
 */
final class SessionRecorder implements SessionListener {
  private final long sessionGapMicros;
  private final Consumer<String> sink;
  private final Consumer<String> summaries;
  private final Map<String, Running> sessions = new ConcurrentHashMap<>();
  private final OpenSessions saved;

  /** A patient's session so far. */
  private static final class Running {
    long startMicros;
    long lastEndMicros;
    int sets;
    int reps;
    int validReps;
    long tutMillis;

    OpenSessions.Totals totals() {
      return new OpenSessions.Totals(startMicros, lastEndMicros, sets, reps, validReps, tutMillis);
    }

    static Running of(OpenSessions.Totals t) {
      Running r = new Running();
      r.startMicros = t.startMicros();
      r.lastEndMicros = t.lastEndMicros();
      r.sets = t.sets();
      r.reps = t.reps();
      r.validReps = t.validReps();
      r.tutMillis = t.tutMillis();
      return r;
    }
  }

  SessionRecorder(long sessionGapMillis, Consumer<String> sink) {
    this(sessionGapMillis, sink, sink);
  }

  /**
   * @param sink where reps go
   * @param summaries where set and session points go (the spool's reserved appends: they must
   *     survive a full disk)
   */
  SessionRecorder(long sessionGapMillis, Consumer<String> sink, Consumer<String> summaries) {
    this(sessionGapMillis, sink, summaries, new OpenSessions(null));
  }

  /**
   * @param saved where the open sessions are kept across a crash, and those open at the last stop
   */
  SessionRecorder(
      long sessionGapMillis,
      Consumer<String> sink,
      Consumer<String> summaries,
      OpenSessions saved) {
    this.sessionGapMicros = sessionGapMillis * 1000;
    this.sink = sink;
    this.summaries = summaries;
    this.saved = saved;
    saved.load().forEach((patient, t) -> sessions.put(patient, Running.of(t)));
  }

  private synchronized void save() {
    Map<String, OpenSessions.Totals> out = new java.util.HashMap<>();
    sessions.forEach((patient, r) -> out.put(patient, r.totals()));
    saved.save(out);
  }

  @Override
  public void onRep(RepVerdict v) {
    Running s = session(v.personId(), v.rep().upStartMicros());
    s.lastEndMicros = Math.max(s.lastEndMicros, v.rep().downEndMicros());
    sink.accept(
        Points.rep(new StoredRep(v.personId(), device(v.deviceIds()), s.startMicros, v.rep())));
  }

  @Override
  public void onSet(SetFinished f) {
    SetSummary m = f.summary();
    Running s = session(f.personId(), m.startMicros());
    s.lastEndMicros = Math.max(s.lastEndMicros, m.endMicros());
    s.sets++;
    s.reps += m.repCount();
    s.validReps += m.validReps();
    s.tutMillis += m.timeUnderTensionMillis();
    String device = device(f.deviceIds());
    summaries.accept(
        Points.set(
            new StoredSet(
                f.personId(),
                device,
                s.startMicros,
                m.setIndex(),
                m.startMicros(),
                m.endMicros(),
                m.repCount(),
                m.validReps(),
                m.timeUnderTensionMillis(),
                m.tempoAdherence(),
                m.meanAbsTempoErrorMillis(),
                m.rmSignal())));
    // Same identity (patient, session start) every time: the session point is updated in place.
    save();
    summaries.accept(
        Points.session(
            new StoredSession(
                f.personId(),
                s.startMicros,
                s.lastEndMicros,
                s.sets,
                s.reps,
                s.validReps,
                s.tutMillis)));
  }

  private Running session(String patient, long atMicros) {
    Running s = sessions.get(patient);
    if (s == null || atMicros - s.lastEndMicros > sessionGapMicros) {
      s = new Running();
      s.startMicros = atMicros;
      s.lastEndMicros = atMicros;
      sessions.put(patient, s);
      save();
    }
    return s;
  }

  /** The device tag: sorted insole ids joined by '+', so the same pair always gives one value. */
  static String device(List<String> ids) {
    return ids.isEmpty() ? "unknown" : String.join("+", new TreeSet<>(ids));
  }
}
