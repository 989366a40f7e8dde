package io.plantaris.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.plantaris.programme.Decision;
import io.plantaris.store.StoredSession;
import io.plantaris.store.StoredSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A patient's own diary for her history page: each session with its sets, its pain (before, during
 * and the next morning) and the decision taken on it, newest first; no rep curves and nothing only
 * a clinician acts on. Access is checked (and audited) by {@link PatientRoutes} before this runs.
 */
final class DiaryRoutes {
  /** Pain this long before a session's start or after its end belongs to it. */
  static final Duration PAIN_AROUND = Duration.ofHours(2);

  /** The next-morning report belongs to the session before it within this time. */
  static final Duration MORNING_WITHIN = Duration.ofHours(36);

  private final History history;
  private final Clock clock;

  DiaryRoutes(Dashboard d, Clock clock) {
    this.history = new History(d);
    this.clock = clock;
  }

  void install(RoutesConfig app) {
    app.get("/api/patients/{id}/diary", this::diary);
  }

  private void diary(Context ctx) {
    String id = ctx.pathParam("id");
    int weeks = HistoryRoutes.weeks(ctx);
    Instant now = clock.instant();
    Instant from = Trends.firstWeek(now, weeks);
    Instant to = now.plus(Duration.ofDays(1));
    List<StoredSession> sessions = history.sessions(id, from, to);
    List<StoredSet> sets = history.sets(id, from, to);
    List<Pain> pain = history.pain(id, from.minus(PAIN_AROUND), to.plus(MORNING_WITHIN));
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = sessions.size() - 1; i >= 0; i--) { // newest first
      StoredSession s = sessions.get(i);
      Instant start = Attention.at(s.startMicros());
      Instant end = Attention.at(s.endMicros());
      Instant next = i + 1 < sessions.size() ? Attention.at(sessions.get(i + 1).startMicros()) : to;
      Map<String, Object> m = ClinicianJson.session(s);
      List<Map<String, Object>> setRows = new ArrayList<>();
      for (StoredSet x : sets) {
        if (x.sessionStartMicros() == s.startMicros()) {
          setRows.add(
              Map.of("set", x.setIndex(), "reps", x.repCount(), "validReps", x.validReps()));
        }
      }
      m.put("setRows", setRows);
      List<Pain> own = new ArrayList<>();
      for (Pain p : pain) {
        boolean around =
            !p.at().isBefore(start.minus(PAIN_AROUND)) && p.at().isBefore(end.plus(PAIN_AROUND));
        boolean morning =
            p.kind().equals("next-morning")
                && p.at().isAfter(end)
                && p.at().isBefore(end.plus(MORNING_WITHIN))
                && p.at().isBefore(next);
        if ((around && !p.kind().equals("next-morning")) || morning) {
          own.add(p);
        }
      }
      m.put("pain", ClinicianJson.pain(own));
      Decision dec = history.decisionFor(id, m.get("id").toString(), start, end.plusNanos(1000));
      m.put("decision", dec == null ? null : DecisionJson.of(dec));
      out.add(m);
    }
    ctx.json(out);
  }
}
