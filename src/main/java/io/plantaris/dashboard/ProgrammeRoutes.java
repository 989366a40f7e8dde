package io.plantaris.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.programme.Action;
import io.plantaris.programme.Change;
import io.plantaris.programme.Decision;
import io.plantaris.programme.SessionOutcome;
import io.plantaris.programme.SetOutcome;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A patient's progression decisions over HTTP: the list, a clinician's accept or override, and the
 * patient's "I'm done" that ends the session and decides. Access and CSRF are checked before these
 * handlers run ({@link PatientRoutes}, {@link AuthRoutes}); reviews are written to the audit log.
 */
final class ProgrammeRoutes {
  private static final String DECISIONS = "/api/patients/{id}/decisions";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Dashboard d;

  ProgrammeRoutes(Dashboard d) {
    this.d = d;
  }

  void install(RoutesConfig app) {
    app.get(DECISIONS, this::list);
    app.post(DECISIONS + "/{decisionId}/accept", ctx -> review(ctx, false));
    app.post(DECISIONS + "/{decisionId}/override", ctx -> review(ctx, true));
    app.post("/api/patients/{id}/session/end", this::endSession);
  }

  private void list(Context ctx) {
    ctx.json(d.programme.decisions(ctx.pathParam("id")).stream().map(DecisionJson::of).toList());
  }

  private void review(Context ctx, boolean override) {
    String id = ctx.pathParam("id");
    String decisionId = ctx.pathParam("decisionId");
    User u = AuthRoutes.session(ctx).user();
    String what = (override ? "override " : "accept ") + decisionId;
    if (u.role() == Role.PATIENT) {
      String why = "only a clinician or an admin may review decisions; " + u.id() + " is a patient";
      d.audit.record(u.id(), u.role().label(), "change", id, what, "denied: " + why);
      Web.refuse(ctx, 403, why);
      return;
    }
    Change replacement;
    String note;
    try {
      JsonNode b = body(ctx);
      note = FreeText.check("note", b.path("note").isTextual() ? b.get("note").asText() : "");
      replacement = override ? replacement(b, note) : null;
    } catch (IllegalArgumentException e) {
      Web.refuse(ctx, 400, e.getMessage());
      return;
    }
    String reviewer = u.role() == Role.CLINICIAN ? u.subjectId() : u.id();
    Decision reviewed;
    try {
      reviewed = d.programme.review(id, decisionId, reviewer, replacement, note);
    } catch (NoSuchElementException e) {
      Web.refuse(ctx, 404, e.getMessage());
      return;
    } catch (IllegalStateException e) {
      Web.refuse(ctx, 409, e.getMessage());
      return;
    } catch (IllegalArgumentException e) { // the review does not fit; checked before any write
      Web.refuse(ctx, 400, e.getMessage());
      return;
    }
    d.audit.record(u.id(), u.role().label(), "change", id, what, "allowed: " + reviewed.status());
    ctx.json(DecisionJson.of(reviewed));
  }

  /** The clinician's step, checked whole before anything is written. */
  private static Change replacement(JsonNode b, String note) {
    if (!b.path("action").isTextual()) {
      throw new IllegalArgumentException(
          "override body must be JSON like {\"action\": \"KEEP\", \"loadChangeKg\": 0,"
              + " \"note\": \"why\"}; action is missing");
    }
    String name = b.get("action").asText().toUpperCase(Locale.ROOT);
    Optional<Action> action =
        Arrays.stream(Action.values()).filter(a -> a.name().equals(name)).findFirst();
    if (action.isEmpty()) {
      throw new IllegalArgumentException(
          "action must be one of " + List.of(Action.values()) + ", was " + b.get("action"));
    }
    JsonNode kg = b.path("loadChangeKg");
    if (!kg.isMissingNode() && !kg.isNumber()) {
      throw new IllegalArgumentException("loadChangeKg must be a number, was " + kg);
    }
    if (note.isBlank()) {
      throw new IllegalArgumentException("an override needs a note saying why");
    }
    return new Change(action.get(), kg.asDouble(0)); // says when the load does not fit the action
  }

  private static JsonNode body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode b = JSON.readTree(text);
      if (b == null || !b.isObject()) {
        throw new IllegalArgumentException("body must be a JSON object");
      }
      return b;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("body is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private void endSession(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<Decision> decided;
    try {
      decided = d.programme.endSession(id);
    } catch (IllegalStateException e) {
      Web.refuse(ctx, 409, e.getMessage());
      return;
    }
    if (decided.isEmpty()) {
      Web.refuse(ctx, 409, "no session is open for patient " + id);
      return;
    }
    Decision decision = decided.get();
    Map<String, Object> body = DecisionJson.of(decision);
    body.put("session", sessionTally(id, decision.sessionId()));
    ctx.json(body);
  }

  /**
   * What the patient did in the session just saved (sets, reps, valid reps), so the page can show
   * it instead of the empty counter of a session not yet begun; null when it cannot be found.
   */
  private Map<String, Object> sessionTally(String patientId, String sessionId) {
    List<SessionOutcome> sessions = d.registry.sessions(patientId);
    for (int i = sessions.size() - 1; i >= 0; i--) {
      SessionOutcome s = sessions.get(i);
      if (s.sessionId().equals(sessionId)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sets", s.sets().size());
        m.put("reps", s.sets().stream().mapToInt(SetOutcome::reps).sum());
        m.put("validReps", s.sets().stream().mapToInt(SetOutcome::validReps).sum());
        return m;
      }
    }
    return null;
  }
}
