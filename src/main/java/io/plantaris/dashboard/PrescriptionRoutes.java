package io.plantaris.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.plantaris.access.Role;
import io.plantaris.access.User;
import io.plantaris.analysis.Tempo;
import io.plantaris.programme.PrescriptionVersion;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A patient's prescription over HTTP: every version (history is judged against what was prescribed
 * then), and a clinician's edit, which becomes a new version in force from now. Access and CSRF are
 * checked before these handlers run; edits are written to the audit log.
 */
final class PrescriptionRoutes {
  private static final String PATH = "/api/patients/{id}/prescriptions";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS =
      Set.of("addedLoadKg", "tempo", "tolerance", "phase", "legs", "note");

  private final Dashboard d;

  PrescriptionRoutes(Dashboard d) {
    this.d = d;
  }

  void install(RoutesConfig app) {
    app.get(PATH, this::list);
    app.post(PATH, this::edit);
  }

  private void list(Context ctx) {
    ctx.json(
        d.registry.prescriptions(ctx.pathParam("id")).versions().stream()
            .map(PrescriptionRoutes::json)
            .toList());
  }

  private void edit(Context ctx) {
    String id = ctx.pathParam("id");
    User u = AuthRoutes.session(ctx).user();
    if (u.role() == Role.PATIENT) {
      String why =
          "only a clinician or an admin may edit a prescription; " + u.id() + " is a patient";
      d.audit.record(u.id(), u.role().label(), "change", id, "prescription", "denied: " + why);
      Web.refuse(ctx, 403, why);
      return;
    }
    PrescriptionVersion v = d.registry.prescriptions(id).latest().orElse(null);
    if (v == null) {
      Web.refuse(ctx, 409, "patient " + id + " has no prescription to edit");
      return;
    }
    PrescriptionVersion next;
    try {
      next = edited(v, body(ctx), u.role() == Role.CLINICIAN ? u.subjectId() : u.id());
    } catch (IllegalArgumentException e) {
      Web.refuse(ctx, 400, e.getMessage());
      return;
    }
    d.registry.addPrescription(next);
    d.audit.record(
        u.id(), u.role().label(), "change", id, "prescription", "allowed: v" + next.version());
    ctx.status(201).json(json(next));
  }

  /** The latest version with the body's fields changed; a field left out stays as it was. */
  static PrescriptionVersion edited(PrescriptionVersion v, JsonNode b, String by) {
    b.fieldNames()
        .forEachRemaining(
            f -> {
              if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException(
                    "unknown field '" + f + "'; allowed: " + String.join(", ", FIELDS));
              }
            });
    double tol = b.has("tolerance") ? number(b, "tolerance") : v.tempo().toleranceFraction();
    Tempo t =
        b.has("tempo")
            ? Tempo.parse(text(b, "tempo"), tol)
            : new Tempo(v.tempo().upMillis(), v.tempo().holdMillis(), v.tempo().downMillis(), tol);
    int phase = b.has("phase") ? (int) number(b, "phase") - 1 : v.phaseIndex();
    if (phase < 0 || phase >= v.phases().size()) {
      throw new IllegalArgumentException(
          "phase must be 1.." + v.phases().size() + ", was " + (phase + 1));
    }
    boolean singleLeg = v.singleLeg();
    if (b.has("legs")) {
      double legs = number(b, "legs");
      if (legs != 1 && legs != 2) {
        throw new IllegalArgumentException("legs must be 1 or 2, was " + b.get("legs"));
      }
      singleLeg = legs == 1;
    }
    double load = b.has("addedLoadKg") ? number(b, "addedLoadKg") : v.addedLoadKg();
    String note = b.has("note") ? text(b, "note") : "";
    return v.next(Instant.now(), phase, t, load, singleLeg, by, note);
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode b = JSON.readTree(ctx.body());
      if (b == null || !b.isObject()) {
        throw new IllegalArgumentException(
            "body must be a JSON object like {\"addedLoadKg\": 4, \"note\": \"why\"}");
      }
      return b;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static double number(JsonNode b, String f) {
    if (!b.get(f).isNumber()) {
      throw new IllegalArgumentException(f + " must be a number, was " + b.get(f));
    }
    return b.get(f).asDouble();
  }

  private static String text(JsonNode b, String f) {
    if (!b.get(f).isTextual()) {
      throw new IllegalArgumentException(f + " must be text, was " + b.get(f));
    }
    return b.get(f).asText();
  }

  static Map<String, Object> json(PrescriptionVersion v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", v.version());
    m.put("effectiveAt", v.effectiveAt().toString());
    m.put("label", v.label());
    m.put("phase", v.phaseIndex() + 1);
    m.put("targetReps", v.phase().repMax());
    m.put("sets", v.phase().sets());
    m.put(
        "tempo",
        Map.of(
            "upMillis", v.tempo().upMillis(),
            "holdMillis", v.tempo().holdMillis(),
            "downMillis", v.tempo().downMillis(),
            "tolerance", v.tempo().toleranceFraction()));
    m.put("addedLoadKg", v.addedLoadKg());
    m.put("singleLeg", v.singleLeg());
    m.put("intervalDays", v.intervalDays());
    m.put("editedBy", v.editedBy());
    m.put("note", v.note());
    return m;
  }
}
