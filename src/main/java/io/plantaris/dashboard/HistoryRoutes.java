package io.plantaris.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.plantaris.analysis.Prescription;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PrescriptionHistory;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.store.RepCurve;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import io.plantaris.store.StoredSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A patient's history for the clinician: weekly trends, the list of sessions and one session's
 * report. Access is checked (and audited) by {@link PatientRoutes} before these run.
 */
final class HistoryRoutes {
  static final int DEFAULT_WEEKS = 12;
  static final int MAX_WEEKS = 104;
  private static final String PATIENT_PATH = "/api/patients/{id}";

  private final Dashboard d;
  private final History history;
  private final Clock clock;

  HistoryRoutes(Dashboard d, Clock clock) {
    this.d = d;
    this.history = new History(d);
    this.clock = clock;
  }

  void install(RoutesConfig app) {
    app.get(PATIENT_PATH + "/trends", this::trends);
    app.get(PATIENT_PATH + "/sessions", this::sessions);
    app.get(PATIENT_PATH + "/sessions/{sessionId}", this::report);
  }

  /** {@code ?weeks=N}: 1..104, default 12; anything else is refused with what is allowed. */
  static int weeks(Context ctx) {
    String w = ctx.queryParam("weeks");
    if (w == null) {
      return DEFAULT_WEEKS;
    }
    int n;
    try {
      n = Integer.parseInt(w.strip());
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 1 || n > MAX_WEEKS) {
      throw new BadRequest(
          "weeks must be a whole number from 1 to " + MAX_WEEKS + ", was '" + w + "'");
    }
    return n;
  }

  private void trends(Context ctx) {
    String id = ctx.pathParam("id");
    int weeks = weeks(ctx);
    Instant now = clock.instant();
    Instant from = Trends.firstWeek(now, weeks);
    Instant to = now.plus(Duration.ofDays(1)); // a rep timed on a fast insole clock still shows
    // read once: the load in force is asked for every week and every set
    PrescriptionHistory rx = d.registry.prescriptions(id);
    Map<String, Object> m =
        Trends.of(
            now,
            weeks,
            history.sessions(id, from, to),
            history.sets(id, from, to),
            history.reps(id, from, to),
            history.pain(id, from, to),
            at -> rx.at(at).map(PrescriptionVersion::addedLoadKg).orElse(null));
    m.put("patient", id);
    ctx.json(m);
  }

  private void sessions(Context ctx) {
    String id = ctx.pathParam("id");
    int weeks = weeks(ctx);
    Instant now = clock.instant();
    List<StoredSession> list =
        new ArrayList<>(
            history.sessions(id, Trends.firstWeek(now, weeks), now.plus(Duration.ofDays(1))));
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = list.size() - 1; i >= 0; i--) { // newest first
      out.add(ClinicianJson.session(list.get(i)));
    }
    ctx.json(out);
  }

  private void report(Context ctx) {
    String id = ctx.pathParam("id");
    String sid = ctx.pathParam("sessionId");
    if (!sid.matches("[0-9]{1,18}")) {
      throw new BadRequest(
          "session id must be the session's start in microseconds since 1970 (digits only), was '"
              + sid
              + "'");
    }
    long start = Long.parseLong(sid);
    Instant at = Attention.at(start);
    Optional<StoredSession> found =
        history.sessions(id, at, Attention.at(start + 1)).stream()
            .filter(s -> s.startMicros() == start)
            .findFirst();
    if (found.isEmpty()) {
      Web.refuse(ctx, 404, "patient " + id + " has no session " + sid);
      return;
    }
    StoredSession s = found.get();
    Instant end = Attention.at(s.endMicros() + 1);
    List<StoredSet> sets =
        history.sets(id, at, end).stream().filter(x -> x.sessionStartMicros() == start).toList();
    List<StoredRep> reps =
        history.reps(id, at, end).stream().filter(x -> x.sessionStartMicros() == start).toList();
    List<RepCurve> curves = history.repCurves(id, at, end);
    Instant day = at.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    // the day's pain and the next morning's: the 24-hour response belongs to this session
    List<Pain> pain = history.pain(id, day, day.plus(Duration.ofHours(36)));
    Optional<PrescriptionVersion> v = history.prescription(id, at);
    Prescription rx = v.map(PrescriptionVersion::toAnalysis).orElse(d.defaultPrescription);
    String label = v.map(PrescriptionVersion::label).orElse("default prescription");
    Decision decision = history.decisionFor(id, sid, at, end);
    ctx.json(
        SessionReport.of(
            s,
            sets,
            reps,
            curves,
            pain,
            rx,
            label,
            decision == null ? null : DecisionJson.of(decision)));
  }
}
