package io.plantaris.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.access.WebSession;
import io.plantaris.programme.Check;
import io.plantaris.programme.Decision;
import io.plantaris.programme.PainKind;
import io.plantaris.programme.PainReport;
import io.plantaris.registry.Insole;
import io.plantaris.registry.Patient;
import io.plantaris.store.SpoolException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A patient's data over HTTP: who they are, today's target, the live event stream and pain reports
 * (kept in the registry and the store; a next-morning one prompts a decision) and whether the
 * next-morning question is due. Every request is checked against the access policy and written to
 * the audit log.
 */
final class PatientRoutes {
  private static final String PATIENT_PATH = "/api/patients/{id}";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How often an idle live stream sends a comment, so proxies and browsers keep it open. */
  static final long KEEPALIVE_MILLIS = 5_000;

  private final Dashboard d;

  PatientRoutes(Dashboard d) {
    this.d = d;
  }

  void install(RoutesConfig app) {
    app.beforeMatched(this::checkPatient);
    app.get("/live", ctx -> Web.serve(ctx, "live.html"));
    app.get("/history", ctx -> Web.serve(ctx, "history.html"));
    app.get("/api/patients", this::list);
    app.get(PATIENT_PATH, this::patient);
    app.get(PATIENT_PATH + "/today", ctx -> ctx.json(plan(ctx.pathParam("id"))));
    app.sse(PATIENT_PATH + "/live", this::live);
    app.post(PATIENT_PATH + "/pain", this::pain);
    app.get(PATIENT_PATH + "/morning", this::morning);
  }

  /** The path pattern of the route the request matched ("" when none did). */
  private static String matchedPath(Context ctx) {
    io.javalin.router.Endpoint e = ctx.endpoints().matchedHttpEndpoint();
    return e == null ? "" : e.path;
  }

  /** The access check for every route under a patient, before an SSE stream commits to 200. */
  private void checkPatient(Context ctx) {
    if (!matchedPath(ctx).startsWith(PATIENT_PATH)) {
      return;
    }
    WebSession s = AuthRoutes.session(ctx);
    if (s == null) {
      return; // the login guard has answered already
    }
    String id = ctx.pathParam("id");
    User u = s.user();
    String action = ctx.method().name().equals("GET") ? "read" : "change";
    try {
      Check.id("patient id", id);
    } catch (IllegalArgumentException e) {
      d.audit.record(u.id(), u.role().label(), action, null, ctx.path(), "failed: 400 bad id");
      Web.refuse(ctx, 400, e.getMessage());
      return;
    }
    Optional<String> refusal = d.policy.refusal(u, id);
    if (refusal.isPresent()) {
      d.refused("forbidden");
      d.audit.record(u.id(), u.role().label(), action, id, ctx.path(), "denied: " + refusal.get());
      Web.refuse(ctx, 403, refusal.get());
      return;
    }
    if (d.registry.patient(id).isEmpty()) {
      d.audit.record(u.id(), u.role().label(), action, id, ctx.path(), "failed: 404 no patient");
      Web.refuse(ctx, 404, "no patient " + id + " in the registry");
      return;
    }
    if (matchedPath(ctx).equals(PATIENT_PATH + "/live")) {
      if (!LiveStreams.open(d, ctx, u)) {
        return;
      }
      d.audit.record(u.id(), u.role().label(), action, id, ctx.path(), "allowed");
    } else {
      Audit.later(d, ctx, u, action, id);
    }
  }

  private void list(Context ctx) {
    User u = AuthRoutes.session(ctx).user();
    List<Map<String, Object>> out = new ArrayList<>();
    // a clinician's through the clinician index; each checked on the record already read
    List<Patient> patients =
        u.role() == Role.CLINICIAN ? d.registry.patientsOf(u.subjectId()) : d.registry.patients();
    for (Patient p : patients) {
      if (d.policy.refusal(u, p).isEmpty()) {
        out.add(Map.of("id", p.id(), "name", p.name()));
      }
    }
    d.audit.record(u.id(), u.role().label(), "read", "*", "/api/patients", "allowed");
    ctx.json(out);
  }

  private void patient(Context ctx) {
    String id = ctx.pathParam("id");
    Patient p = d.registry.patient(id).orElseThrow();
    List<Map<String, Object>> insoles = new ArrayList<>();
    for (Insole i : d.registry.insoles(id)) {
      insoles.add(Map.of("device", i.deviceId(), "side", i.side().name()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("name", p.name());
    m.put("insoles", insoles);
    m.put("today", plan(id));
    ctx.json(m);
  }

  private Map<String, Object> plan(String id) {
    return d.registry
        .prescriptions(id)
        .latest()
        .map(v -> LiveJson.plan(v.toAnalysis(), v.label()))
        .orElseGet(() -> LiveJson.plan(d.defaultPrescription, "default prescription"));
  }

  /** Holds the request's thread for the stream's life: a slow page only delays itself. */
  private void live(SseClient client) {
    WebSession session = AuthRoutes.session(client.ctx());
    try {
      stream(client, session);
    } finally {
      LiveStreams.closed(d, session.user());
    }
  }

  private void stream(SseClient client, WebSession session) {
    String id = client.ctx().pathParam("id");
    LiveViewer viewer = new LiveViewer();
    client.sendEvent("plan", toJson(plan(id)));
    d.hub.subscribe(id, viewer);
    long checkedAt = System.currentTimeMillis();
    try {
      while (!client.terminated()) {
        LiveViewer.Event e = viewer.next(KEEPALIVE_MILLIS);
        if (e == null) {
          client.sendComment("keepalive");
        } else {
          client.sendEvent(e.name(), e.data());
        }
        long now = System.currentTimeMillis();
        if (now - checkedAt >= 1_000) {
          checkedAt = now;
          if (!LiveStreams.sessionAlive(d, session)) {
            client.close(); // logged out, expired, user removed or password changed
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      d.hub.unsubscribe(id, viewer);
    }
  }

  private void pain(Context ctx) {
    String id = ctx.pathParam("id");
    PainReport report;
    try {
      JsonNode b = JSON.readTree(ctx.body());
      if (b == null || !b.path("score").isInt() || !b.path("kind").isTextual()) {
        Web.refuse(ctx, 400, "pain body must be JSON like {\"kind\": \"before\", \"score\": 3}");
        return;
      }
      PainKind kind =
          PainKind.valueOf(b.get("kind").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
      report =
          new PainReport(
              id,
              kind,
              b.get("score").asInt(),
              d.programme.now(),
              FreeText.check("note", b.path("note").asText("")));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      Web.refuse(ctx, 400, "pain body is not valid JSON: " + e.getOriginalMessage());
      return;
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      Web.refuse(
          ctx,
          400,
          m != null && m.startsWith("No enum") ? "kind must be before, during or next-morning" : m);
      return;
    }
    // a next-morning report decides on the session before it
    Optional<Decision> decided;
    try {
      decided = d.programme.recordPain(report);
    } catch (SpoolException e) { // nothing was kept: the patient may send it again
      Web.refuse(ctx, 503, "the pain report could not be kept, please retry: " + e.getMessage());
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("patient", id);
    m.put("score", report.score());
    m.put("kind", report.kind());
    m.put("decision", decided.map(DecisionJson::of).orElse(null));
    ctx.status(201).json(m);
  }

  /** Whether the page asks "pain this morning?" now, in the zone the browser names. */
  private void morning(Context ctx) {
    String id = ctx.pathParam("id");
    ZoneId zone;
    try {
      zone = ZoneId.of(Optional.ofNullable(ctx.queryParam("zone")).orElse("UTC"));
    } catch (java.time.DateTimeException e) {
      Web.refuse(ctx, 400, "zone must be a time zone like Europe/Oslo: " + e.getMessage());
      return;
    }
    Optional<io.plantaris.programme.SessionOutcome> due =
        MorningQuestion.due(
            d.registry.sessions(id), d.registry.painReports(id), d.programme.now(), zone);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("due", due.isPresent());
    m.put("sessionId", due.map(io.plantaris.programme.SessionOutcome::sessionId).orElse(null));
    m.put("sessionEnd", due.map(s -> s.at().toString()).orElse(null));
    ctx.json(m);
  }

  private static String toJson(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
