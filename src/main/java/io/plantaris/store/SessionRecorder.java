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

  /** A patient's session so far. */
  private static final class Running {
    long startMicros;
    long lastEndMicros;
    int sets;
    int reps;
    int validReps;
    long tutMillis;
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
    this.sessionGapMicros = sessionGapMillis * 1000;
    this.sink = sink;
    this.summaries = summaries;
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
    }
    return s;
  }

  /** The device tag: sorted insole ids joined by '+', so the same pair always gives one value. */
  static String device(List<String> ids) {
    return ids.isEmpty() ? "unknown" : String.join("+", new TreeSet<>(ids));
  }
}
