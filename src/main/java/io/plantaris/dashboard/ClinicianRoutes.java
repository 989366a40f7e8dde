package io.plantaris.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PrescriptionVersion;
import io.plantaris.registry.Patient;
import io.plantaris.store.StoredRep;
import io.plantaris.store.StoredSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinician's window: the pages (patient list, one patient's trends and decisions, a session
 * report), the overview of the logged-in clinician's patients, and the chart library's files.
 */
final class ClinicianRoutes {
  /** Used when a patient has no prescription yet: every second day (Rathleff 2015). */
  static final int DEFAULT_INTERVAL_DAYS = 2;

  private final Dashboard d;
  private final History history;
  private final Clock clock;

  ClinicianRoutes(Dashboard d, Clock clock) {
    this.d = d;
    this.history = new History(d);
    this.clock = clock;
  }

  void install(RoutesConfig app) {
    app.get("/clinician", ctx -> Web.serve(ctx, "clinician.html"));
    app.get("/clinician/patient", ctx -> Web.serve(ctx, "patient.html"));
    app.get("/report", ctx -> Web.serve(ctx, "report.html"));
    app.get("/assets/lib/{file}", ctx -> Web.serveLibrary(ctx, ctx.pathParam("file")));
    app.get("/api/clinician/overview", this::overview);
    app.exception(BadRequest.class, (e, ctx) -> Web.refuse(ctx, 400, e.getMessage()));
    app.exception(StoreUnavailable.class, (e, ctx) -> Web.refuse(ctx, 503, e.getMessage()));
  }

  private void overview(Context ctx) {
    User u = AuthRoutes.session(ctx).user();
    if (u.role() == Role.PATIENT) {
      d.audit.record(u.id(), u.role().label(), "read", "*", ctx.path(), "denied: not a clinician");
      Web.refuse(ctx, 403, "the overview is for clinicians and admins; patients see /live");
      return;
    }
    Instant now = clock.instant();
    // a clinician's rows through the clinician index: O(their patients), not O(all patients)
    List<Patient> patients =
        u.role() == Role.CLINICIAN ? d.registry.patientsOf(u.subjectId()) : d.registry.patients();
    List<Patient> allowed =
        patients.stream().filter(p -> d.policy.refusal(u, p).isEmpty()).toList();
    Records r = Records.of(d, history, allowed.stream().map(Patient::id).toList(), now);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Patient p : allowed) {
      out.add(row(p, now, r));
    }
    // each patient's history was read: each read is logged, as on the patient's own routes, in
    // one write for all of them (one transaction, not 200)
    d.audit.recordAllowed(
        u.id(), u.role().label(), "read", allowed.stream().map(Patient::id).toList(), ctx.path());
    ctx.json(out);
  }

  /**
   * Every patient's records the overview shows, one read per kind for them all (the database's and
   * the store's): one read per patient and kind took 600 round trips for 200 patients.
   */
  private record Records(
      Map<String, Optional<PrescriptionVersion>> prescriptions,
      Map<String, List<Decision>> proposed,
      Map<String, List<StoredSession>> sessions,
      Map<String, List<StoredRep>> reps,
      Map<String, List<Pain>> pain) {
    static Records of(Dashboard d, History history, List<String> ids, Instant now) {
      Instant from = now.minus(Attention.WINDOW);
      Instant to = now.plus(Duration.ofDays(1));
      return new Records(
          d.registry.latestPrescriptionsByPatient(ids),
          d.programme.proposedDecisions(ids),
          // a year back for the last session, so a long absence still shows its length
          history.sessions(ids, now.minus(Duration.ofDays(365)), to),
          history.reps(ids, from, to),
          // the rows only feed "pain during exercise rising": the registry's other kinds
          // (before, next morning: two thirds of them) are not read
          history.pain(
              ids, from, to, d.registry.painReportsByPatient(ids, PainKind.DURING, from, to)));
    }
  }

  private static Map<String, Object> row(Patient p, Instant now, Records r) {
    Optional<PrescriptionVersion> rx = r.prescriptions().get(p.id());
    int interval = rx.map(PrescriptionVersion::intervalDays).orElse(DEFAULT_INTERVAL_DAYS);
    List<Decision> proposed = r.proposed().get(p.id());
    Attention a =
        Attention.of(
            now,
            interval,
            rx.map(PrescriptionVersion::programmeStart).orElse(null),
            r.sessions().get(p.id()),
            r.reps().get(p.id()),
            r.pain().get(p.id()),
            proposed);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("name", p.name());
    m.put("prescription", rx.map(PrescriptionVersion::label).orElse("no prescription yet"));
    m.put("sessionsDone", a.sessionsDone());
    m.put("sessionsPrescribed", a.sessionsPrescribed());
    m.put(
        "adherencePercent",
        a.sessionsPrescribed() == 0
            ? null
            : Math.round(
                100.0
                    * Math.min(a.sessionsDone(), a.sessionsPrescribed())
                    / a.sessionsPrescribed()));
    m.put("intervalDays", interval);
    m.put("lastSession", a.lastSession() == null ? null : a.lastSession().toString());
    m.put("attention", a.reasons());
    m.put("decisionsWaiting", proposed.size());
    return m;
  }
}
